// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.WebResponse.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public abstract class WebResponse : global::System.MarshalByRefObject, global::System.IDisposable
    {
        protected WebResponse() { throw null; }
        public virtual long ContentLength { get { throw null; } set { throw null; } }
        public virtual string ContentType { get { throw null; } set { throw null; } }
        public virtual global::System.IO.Stream GetResponseStream() { throw null; }
        public virtual global::System.Uri ResponseUri { get { throw null; } }
        public virtual global::System.Net.WebHeaderCollection Headers { get { throw null; } }
        ~WebResponse() { }
        public virtual void Close() { throw null; }
        public void Dispose() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
    }
}
