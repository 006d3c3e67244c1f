// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/HttpMethod.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class HttpMethod
    {
        public static global::System.Net.Http.HttpMethod Get { get { throw null; } }
        public static global::System.Net.Http.HttpMethod Put { get { throw null; } }
        public static global::System.Net.Http.HttpMethod Post { get { throw null; } }
        public static global::System.Net.Http.HttpMethod Delete { get { throw null; } }
        public static global::System.Net.Http.HttpMethod Head { get { throw null; } }
        public static global::System.Net.Http.HttpMethod Options { get { throw null; } }
        public static global::System.Net.Http.HttpMethod Patch { get { throw null; } }
        public string Method { get { throw null; } }
        public HttpMethod(string method) { throw null; }
    }
}
