// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.WebRequest.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public abstract class WebRequest : global::System.MarshalByRefObject, global::System.IDisposable
    {
        protected WebRequest() { throw null; }
        public static void Initialize() { throw null; }
        ~WebRequest() { }
        public void Dispose() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        public virtual string Method { get { throw null; } set { throw null; } }
        public virtual global::System.Uri RequestUri { get { throw null; } }
        public virtual string ConnectionGroupName { get { throw null; } set { throw null; } }
        public virtual global::System.Net.WebHeaderCollection Headers { get { throw null; } set { throw null; } }
        public virtual long ContentLength { get { throw null; } set { throw null; } }
        public virtual string ContentType { get { throw null; } set { throw null; } }
        public virtual int Timeout { get { throw null; } set { throw null; } }
        public static global::System.Net.IWebProxy DefaultWebProxy { get { throw null; } set { throw null; } }
        public virtual global::System.Net.IWebProxy Proxy { get { throw null; } set { throw null; } }
        public virtual global::System.IO.Stream GetRequestStream() { throw null; }
        public virtual global::System.Net.WebResponse GetResponse() { throw null; }
        public static global::System.Net.WebRequest Create(string requestUriString) { throw null; }
        public static global::System.Net.WebRequest Create(global::System.Uri requestUri) { throw null; }
        public static bool RegisterPrefix(string prefix, global::System.Net.IWebRequestCreate creator) { throw null; }
    }
}
