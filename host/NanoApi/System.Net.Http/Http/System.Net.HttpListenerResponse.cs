// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.HttpListenerResponse.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public sealed class HttpListenerResponse : global::System.IDisposable
    {
        public int StatusCode { get { throw null; } set { throw null; } }
        public long ContentLength64 { get { throw null; } set { throw null; } }
        public bool HasStarted { get { throw null; } }
        public global::System.Net.WebHeaderCollection Headers { get { throw null; } set { throw null; } }
        public bool KeepAlive { get { throw null; } set { throw null; } }
        public global::System.IO.Stream OutputStream { get { throw null; } }
        public global::System.Version ProtocolVersion { get { throw null; } set { throw null; } }
        public string RedirectLocation { get { throw null; } set { throw null; } }
        public bool SendChunked { get { throw null; } set { throw null; } }
        public global::System.Text.Encoding ContentEncoding { get { throw null; } set { throw null; } }
        public string ContentType { get { throw null; } set { throw null; } }
        public string StatusDescription { get { throw null; } set { throw null; } }
        public void Detach() { throw null; }
        public void Close() { throw null; }
        void global::System.IDisposable.Dispose() { throw null; }
        ~HttpListenerResponse() { }
        internal HttpListenerResponse() { }
    }
}
