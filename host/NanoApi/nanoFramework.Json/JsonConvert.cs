// Reference-only stub of nanoFramework.Json 2.2.x (main 76f1016 = v2.2.203+5; 2.2.213 has no tag) (assembly nanoFramework.Json).
// Declarations mirror nanoframework/nanoFramework.Json@main (76f1016): nanoFramework.Json/JsonConvert.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object oSource) { throw null; }
        public static object DeserializeObject(string value, global::System.Type type) { throw null; }
        public static object DeserializeObject(string value, global::System.Type type, global::nanoFramework.Json.JsonSerializerOptions options) { throw null; }
        public static object DeserializeObject(global::System.IO.Stream stream, global::System.Type type) { throw null; }
        public static object DeserializeObject(global::System.IO.Stream stream, global::System.Type type, global::nanoFramework.Json.JsonSerializerOptions options) { throw null; }
        public static object DeserializeObject(global::System.IO.StreamReader streamReader, global::System.Type type) { throw null; }
        public static object DeserializeObject(global::System.IO.StreamReader streamReader, global::System.Type type, global::nanoFramework.Json.JsonSerializerOptions options) { throw null; }
    }
}
