// PC stand-in for nanoFramework.Json (2.2.x), whose package does not exist for .NET 10: the same
// namespace, type names and JsonConvert signatures as declared in host/NanoApi/nanoFramework.Json,
// implemented over System.Text.Json. Only what the library and samples call is meaningful:
// serialization of public properties, Hashtable and ArrayList (as JSON objects and arrays), arrays
// and primitives, property names kept as written, like nanoFramework.Json.
// Not mirrored: JsonSerializerOptions.Resolver (its IMemberResolver/MemberSet types are not shimmed).
using System;
using System.IO;

namespace nanoFramework.Json
{
    /// <summary>Serializes and deserializes JSON like nanoFramework.Json's JsonConvert.</summary>
    public static class JsonConvert
    {
        private static readonly System.Text.Json.JsonSerializerOptions Plain = new System.Text.Json.JsonSerializerOptions();

        /// <summary>The JSON text of <paramref name="oSource"/> (its runtime type's public properties).</summary>
        public static string SerializeObject(object oSource)
        {
            if (oSource == null) return "null";
            return System.Text.Json.JsonSerializer.Serialize(oSource, oSource.GetType(), Plain);
        }

        /// <summary>An instance of <paramref name="type"/> read from JSON text.</summary>
        public static object DeserializeObject(string value, Type type)
        {
            return DeserializeObject(value, type, JsonSerializerOptions.Default);
        }

        /// <summary>An instance of <paramref name="type"/> read from JSON text, with options.</summary>
        public static object DeserializeObject(string value, Type type, JsonSerializerOptions options)
        {
            return System.Text.Json.JsonSerializer.Deserialize(value, type, options.ToSystem());
        }

        /// <summary>An instance of <paramref name="type"/> read from a stream of JSON.</summary>
        public static object DeserializeObject(Stream stream, Type type)
        {
            return DeserializeObject(stream, type, JsonSerializerOptions.Default);
        }

        /// <summary>An instance of <paramref name="type"/> read from a stream of JSON, with options.</summary>
        public static object DeserializeObject(Stream stream, Type type, JsonSerializerOptions options)
        {
            return System.Text.Json.JsonSerializer.Deserialize(stream, type, options.ToSystem());
        }

        /// <summary>An instance of <paramref name="type"/> read from a reader of JSON text.</summary>
        public static object DeserializeObject(StreamReader streamReader, Type type)
        {
            return DeserializeObject(streamReader.ReadToEnd(), type);
        }

        /// <summary>An instance of <paramref name="type"/> read from a reader of JSON text, with options.</summary>
        public static object DeserializeObject(StreamReader streamReader, Type type, JsonSerializerOptions options)
        {
            return DeserializeObject(streamReader.ReadToEnd(), type, options);
        }
    }

    /// <summary>nanoFramework.Json's option presets.</summary>
    public enum JsonSerializerDefaults
    {
        /// <summary>Property names matched exactly.</summary>
        General = 0,

        /// <summary>Property names matched ignoring case.</summary>
        Web = 1,
    }

    /// <summary>Deserialization options of nanoFramework.Json (Resolver not mirrored).</summary>
    public sealed class JsonSerializerOptions
    {
        /// <summary>General defaults.</summary>
        public JsonSerializerOptions()
        {
        }

        /// <summary>Defaults of a preset.</summary>
        public JsonSerializerOptions(JsonSerializerDefaults defaults)
        {
            PropertyNameCaseInsensitive = defaults == JsonSerializerDefaults.Web;
        }

        /// <summary>Shared default options.</summary>
        public static JsonSerializerOptions Default { get; } = new JsonSerializerOptions();

        /// <summary>Match JSON property names to members ignoring case.</summary>
        public bool PropertyNameCaseInsensitive { get; set; }

        /// <summary>Throw when a JSON property has no matching member.</summary>
        public bool ThrowExceptionWhenPropertyNotFound { get; set; }

        internal System.Text.Json.JsonSerializerOptions ToSystem()
        {
            var options = new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = PropertyNameCaseInsensitive };
            if (ThrowExceptionWhenPropertyNotFound)
            {
                options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
            }

            return options;
        }
    }
}
