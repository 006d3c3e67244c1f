// Reference-only stub of nanoFramework.Json 2.2.x (main 76f1016 = v2.2.203+5; 2.2.213 has no tag) (assembly nanoFramework.Json).
// Declarations mirror nanoframework/nanoFramework.Json@main (76f1016): nanoFramework.Json/JsonSerializerOptions.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Json
{
    public sealed class JsonSerializerOptions
    {
        public JsonSerializerOptions() { throw null; }
        public JsonSerializerOptions(global::nanoFramework.Json.JsonSerializerDefaults defaults) { throw null; }
        public static global::nanoFramework.Json.JsonSerializerOptions Default { get { throw null; } }
        public global::nanoFramework.Json.Resolvers.IMemberResolver Resolver { get { throw null; } set { throw null; } }
        public bool PropertyNameCaseInsensitive { get { throw null; } set { throw null; } }
        public bool ThrowExceptionWhenPropertyNotFound { get { throw null; } set { throw null; } }
    }
}
