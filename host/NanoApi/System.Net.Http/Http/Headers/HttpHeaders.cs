// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/Headers/HttpHeaders.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http.Headers
{
    public abstract class HttpHeaders
    {
        protected HttpHeaders() { throw null; }
        public void Add(string name, string value) { throw null; }
    }
}
