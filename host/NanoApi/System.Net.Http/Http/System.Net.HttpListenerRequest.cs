// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.HttpListenerRequest.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class HttpListenerRequest
    {
        public void Reset() { throw null; }
        public string HttpMethod { get { throw null; } }
        public string RawUrl { get { throw null; } }
        public string[] AcceptTypes { get { throw null; } }
        public long ContentLength64 { get { throw null; } }
        public string ContentType { get { throw null; } }
        public global::System.Net.WebHeaderCollection Headers { get { throw null; } }
        public global::System.IO.Stream InputStream { get { throw null; } }
        public bool IsAuthenticated { get { throw null; } }
        public bool KeepAlive { get { throw null; } }
        public global::System.Net.IPEndPoint LocalEndPoint { get { throw null; } }
        public global::System.Version ProtocolVersion { get { throw null; } }
        public global::System.Net.IPEndPoint RemoteEndPoint { get { throw null; } }
        public global::System.Uri Url { get { throw null; } }
        public string UserAgent { get { throw null; } }
        public string UserHostAddress { get { throw null; } }
        public string UserHostName { get { throw null; } }
        public global::System.Net.NetworkCredential Credentials { get { throw null; } }
        public string[] UserLanguages { get { throw null; } }
        internal HttpListenerRequest() { }
    }
}
