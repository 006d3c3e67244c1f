// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/HttpClient.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class HttpClient : global::System.Net.Http.HttpMessageInvoker
    {
        public global::System.Net.Http.Headers.HttpRequestHeaders DefaultRequestHeaders { get { throw null; } }
        public global::System.Uri BaseAddress { get { throw null; } set { throw null; } }
        public global::System.TimeSpan Timeout { get { throw null; } set { throw null; } }
        public global::System.Security.Cryptography.X509Certificates.X509Certificate HttpsAuthentCert { get { throw null; } set { throw null; } }
        public global::System.Net.Security.SslProtocols SslProtocols { get { throw null; } set { throw null; } }
        public global::System.Net.Security.SslVerification SslVerification { get { throw null; } set { throw null; } }
        public HttpClient() : base(default(global::System.Net.Http.HttpMessageHandler)) { throw null; }
        public global::System.Net.Http.HttpResponseMessage Delete(string requestUri) { throw null; }
        public global::System.Net.Http.HttpResponseMessage Get(string requestUri) { throw null; }
        public global::System.Net.Http.HttpResponseMessage Get(string requestUri, global::System.Net.Http.HttpCompletionOption completionOption) { throw null; }
        public global::System.Net.Http.HttpResponseMessage Patch(string requestUri, global::System.Net.Http.HttpContent content) { throw null; }
        public global::System.Net.Http.HttpResponseMessage Post(string requestUri, global::System.Net.Http.HttpContent content) { throw null; }
        public global::System.Net.Http.HttpResponseMessage Put(string requestUri, global::System.Net.Http.HttpContent content) { throw null; }
        public byte[] GetByteArray(string requestUri) { throw null; }
        public global::System.IO.Stream GetStream(string requestUri) { throw null; }
        public string GetString(string requestUri) { throw null; }
        public override global::System.Net.Http.HttpResponseMessage Send(global::System.Net.Http.HttpRequestMessage request) { throw null; }
        public global::System.Net.Http.HttpResponseMessage Send(global::System.Net.Http.HttpRequestMessage request, global::System.Net.Http.HttpCompletionOption completionOption) { throw null; }
    }
}
