// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.HttpWebResponse.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class HttpWebResponse : global::System.Net.WebResponse
    {
        public override global::System.Net.WebHeaderCollection Headers { get { throw null; } }
        public override long ContentLength { get { throw null; } }
        public string ContentEncoding { get { throw null; } }
        public override string ContentType { get { throw null; } }
        public string Server { get { throw null; } }
        public global::System.DateTime LastModified { get { throw null; } }
        public global::System.Net.HttpStatusCode StatusCode { get { throw null; } }
        public string StatusDescription { get { throw null; } }
        public global::System.Version ProtocolVersion { get { throw null; } }
        public override global::System.IO.Stream GetResponseStream() { throw null; }
        public string GetResponseHeader(string headerName) { throw null; }
        public override global::System.Uri ResponseUri { get { throw null; } }
        public string Method { get { throw null; } }
        protected override void Dispose(bool disposing) { throw null; }
        public override void Close() { throw null; }
        internal HttpWebResponse() { }
    }
}
