using System;
using System.Collections;
using System.Text.Json;

namespace nanoFramework.Json
{
    /// <summary>
    /// PC stand-in for nanoFramework.Json's JsonConvert (2.2.x), with the device's signatures, over
    /// System.Text.Json. It follows the device library where that is observable: objects are
    /// serialized through their public property getters under the declared names (fields are not),
    /// enums as numbers, Hashtable as an object, ArrayList and arrays as arrays; property names
    /// match case-insensitively when reading; a Hashtable or ArrayList target receives Hashtable,
    /// ArrayList, string, bool, int/long/double and null values.
    /// </summary>
    public static class JsonConvert
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            IncludeFields = false,
        };

        /// <summary>Serializes <paramref name="oSource"/> to JSON text.</summary>
        public static string SerializeObject(object oSource)
        {
            if (oSource == null) return "null";
            return JsonSerializer.Serialize(oSource, oSource.GetType(), Options);
        }

        /// <summary>Deserializes <paramref name="value"/> into a new <paramref name="type"/>.</summary>
        public static object DeserializeObject(string value, Type type)
        {
            if (type == typeof(Hashtable) || type == typeof(ArrayList) || type == typeof(object))
            {
                using (JsonDocument document = JsonDocument.Parse(value))
                {
                    return ToObject(document.RootElement);
                }
            }

            return JsonSerializer.Deserialize(value, type, Options);
        }

        private static object ToObject(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var table = new Hashtable();
                    foreach (JsonProperty property in element.EnumerateObject()) table[property.Name] = ToObject(property.Value);
                    return table;
                case JsonValueKind.Array:
                    var list = new ArrayList();
                    foreach (JsonElement item in element.EnumerateArray()) list.Add(ToObject(item));
                    return list;
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.Number:
                    if (element.TryGetInt32(out int i)) return i;
                    if (element.TryGetInt64(out long l)) return l;
                    return element.GetDouble();
                default:
                    return null;
            }
        }
    }
}
