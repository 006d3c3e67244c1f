// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/HttpRequestMessage.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class HttpRequestMessage : global::System.IDisposable
    {
        public global::System.Version Version { get { throw null; } set { throw null; } }
        public global::System.Net.Http.HttpMethod Method { get { throw null; } set { throw null; } }
        public global::System.Uri RequestUri { get { throw null; } set { throw null; } }
        public global::System.Net.Http.Headers.HttpRequestHeaders Headers { get { throw null; } }
        public global::System.Net.Http.HttpContent Content { get { throw null; } set { throw null; } }
        public HttpRequestMessage() { throw null; }
        public HttpRequestMessage(global::System.Net.Http.HttpMethod method, string requestUri) { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        public void Dispose() { throw null; }
    }
}
