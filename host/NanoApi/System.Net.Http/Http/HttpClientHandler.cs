// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/HttpClientHandler.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class HttpClientHandler : global::System.Net.Http.HttpMessageHandler
    {
        public global::System.Net.Http.ClientCertificateOption ClientCertificateOptions { get { throw null; } set { throw null; } }
        public global::System.Security.Cryptography.X509Certificates.X509Certificate ClientCertificate { get { throw null; } }
        public global::System.Net.NetworkCredential Credentials { get { throw null; } set { throw null; } }
        public global::System.Net.Security.SslProtocols SslProtocols { get { throw null; } set { throw null; } }
        public global::System.Net.IWebProxy Proxy { get { throw null; } set { throw null; } }
        public virtual bool SupportsAutomaticDecompression { get { throw null; } }
        public virtual bool SupportsProxy { get { throw null; } }
        public virtual bool SupportsRedirectConfiguration { get { throw null; } }
        public bool UseCookies { get { throw null; } }
        public bool UseProxy { get { throw null; } set { throw null; } }
        public HttpClientHandler() { throw null; }
        protected override void Dispose(bool disposing) { throw null; }
        protected override global::System.Net.Http.HttpResponseMessage Send(global::System.Net.Http.HttpRequestMessage request) { throw null; }
    }
}
