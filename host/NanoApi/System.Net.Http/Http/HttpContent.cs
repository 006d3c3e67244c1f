// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/HttpContent.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public abstract class HttpContent : global::System.IDisposable
    {
        public global::System.Net.Http.Headers.HttpContentHeaders Headers { get { throw null; } }
        protected HttpContent() { throw null; }
        public void CopyTo(global::System.IO.Stream stream) { throw null; }
        public void LoadIntoBuffer() { throw null; }
        public global::System.IO.Stream ReadAsStream() { throw null; }
        public byte[] ReadAsByteArray() { throw null; }
        public string ReadAsString() { throw null; }
        protected abstract bool TryComputeLength(out long length);
        public void Dispose() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        protected abstract void SerializeToStream(global::System.IO.Stream stream);
        protected virtual global::System.IO.Stream CreateContentReadStream() { throw null; }
    }
}
