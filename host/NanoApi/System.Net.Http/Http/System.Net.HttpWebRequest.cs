// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.HttpWebRequest.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class HttpWebRequest : global::System.Net.WebRequest
    {
        protected override void Dispose(bool disposing) { throw null; }
        public override int Timeout { get { throw null; } set { throw null; } }
        public global::System.Net.NetworkCredential Credentials { get { throw null; } set { throw null; } }
        public global::System.Security.Cryptography.X509Certificates.X509Certificate HttpsAuthentCert { get { throw null; } set { throw null; } }
        public global::System.Net.Security.SslVerification SslVerification { get { throw null; } set { throw null; } }
        public global::System.Net.Security.SslProtocols SslProtocols { get { throw null; } set { throw null; } }
        public int ReadWriteTimeout { get { throw null; } set { throw null; } }
        public override global::System.Uri RequestUri { get { throw null; } }
        public global::System.Uri Address { get { throw null; } }
        public bool AllowWriteStreamBuffering { get { throw null; } set { throw null; } }
        public override long ContentLength { get { throw null; } set { throw null; } }
        public global::System.Net.HttpContinueDelegate ContinueDelegate { get { throw null; } set { throw null; } }
        public bool AllowAutoRedirect { get { throw null; } }
        public int MaximumAutomaticRedirections { get { throw null; } }
        public override string Method { get { throw null; } set { throw null; } }
        public bool KeepAlive { get { throw null; } set { throw null; } }
        public int MaximumResponseHeadersLength { get { throw null; } set { throw null; } }
        public static int DefaultMaximumResponseHeadersLength { get { throw null; } set { throw null; } }
        public override global::System.Net.WebHeaderCollection Headers { get { throw null; } set { throw null; } }
        public override global::System.Net.IWebProxy Proxy { get { throw null; } set { throw null; } }
        public bool SendChunked { get { throw null; } set { throw null; } }
        public global::System.Version ProtocolVersion { get { throw null; } set { throw null; } }
        public override string ContentType { get { throw null; } set { throw null; } }
        public string TransferEncoding { get { throw null; } set { throw null; } }
        public string Accept { get { throw null; } set { throw null; } }
        public string Referer { get { throw null; } set { throw null; } }
        public string UserAgent { get { throw null; } set { throw null; } }
        public string Expect { get { throw null; } set { throw null; } }
        public global::System.DateTime IfModifiedSince { get { throw null; } }
        public void Reset() { throw null; }
        public bool HaveResponse { get { throw null; } }
        public void AddRange(int from, int to) { throw null; }
        public void AddRange(int range) { throw null; }
        public void AddRange(string rangeSpecifier, int from, int to) { throw null; }
        public void AddRange(string rangeSpecifier, int range) { throw null; }
        public override global::System.Net.WebResponse GetResponse() { throw null; }
        public override global::System.IO.Stream GetRequestStream() { throw null; }
        internal HttpWebRequest() { }
    }
}
