// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/HttpMessageInvoker.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class HttpMessageInvoker : global::System.IDisposable
    {
        public HttpMessageInvoker(global::System.Net.Http.HttpMessageHandler handler) { throw null; }
        public HttpMessageInvoker(global::System.Net.Http.HttpMessageHandler handler, bool disposeHandler) { throw null; }
        public virtual global::System.Net.Http.HttpResponseMessage Send(global::System.Net.Http.HttpRequestMessage request) { throw null; }
        public void Dispose() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
    }
}
