// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/HttpMessageHandler.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public abstract class HttpMessageHandler : global::System.IDisposable
    {
        protected abstract global::System.Net.Http.HttpResponseMessage Send(global::System.Net.Http.HttpRequestMessage request);
        protected virtual void Dispose(bool disposing) { throw null; }
        public void Dispose() { throw null; }
    }
}
