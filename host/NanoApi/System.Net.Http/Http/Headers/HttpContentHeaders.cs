// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/Headers/HttpContentHeaders.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http.Headers
{
    public sealed class HttpContentHeaders : global::System.Net.Http.Headers.HttpHeaders
    {
        public long ContentLength { get { throw null; } set { throw null; } }
        public global::System.Net.Http.Http.Headers.MediaTypeHeaderValue ContentType { get { throw null; } set { throw null; } }
        internal HttpContentHeaders() { }
    }
}
