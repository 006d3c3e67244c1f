// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/Headers/HttpResponseHeaders.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http.Headers
{
    public sealed class HttpResponseHeaders : global::System.Net.Http.Headers.HttpHeaders
    {
        internal HttpResponseHeaders() { }
    }
}
