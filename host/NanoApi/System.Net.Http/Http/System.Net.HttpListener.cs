// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.HttpListener.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class HttpListener
    {
        public global::System.Net.Security.SslProtocols SslProtocols { get { throw null; } set { throw null; } }
        public HttpListener(string prefix) { throw null; }
        public HttpListener(string prefix, int port, global::System.Net.IPAddress localEndpointIP = null) { throw null; }
        public void Abort() { throw null; }
        public void Start() { throw null; }
        public void Close() { throw null; }
        public void Stop() { throw null; }
        public global::System.Net.HttpListenerContext GetContext() { throw null; }
        public bool IsListening { get { throw null; } }
        public int MaximumResponseHeadersLength { get { throw null; } set { throw null; } }
        public global::System.Security.Cryptography.X509Certificates.X509Certificate HttpsCert { get { throw null; } set { throw null; } }
    }
}
