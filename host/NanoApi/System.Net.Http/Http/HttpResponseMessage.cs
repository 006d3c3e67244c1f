// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/HttpResponseMessage.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class HttpResponseMessage : global::System.IDisposable
    {
        public global::System.Net.Http.HttpContent Content { get { throw null; } set { throw null; } }
        public global::System.Net.Http.Headers.HttpResponseHeaders Headers { get { throw null; } }
        public bool IsSuccessStatusCode { get { throw null; } }
        public string ReasonPhrase { get { throw null; } set { throw null; } }
        public global::System.Net.Http.HttpRequestMessage RequestMessage { get { throw null; } set { throw null; } }
        public global::System.Net.HttpStatusCode StatusCode { get { throw null; } }
        public global::System.Version Version { get { throw null; } set { throw null; } }
        public HttpResponseMessage() { throw null; }
        public HttpResponseMessage(global::System.Net.HttpStatusCode statusCode) { throw null; }
        public global::System.Net.Http.HttpResponseMessage EnsureSuccessStatusCode() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        public void Dispose() { throw null; }
    }
}
