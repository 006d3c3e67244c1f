// Reference-only stub of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Declarations mirror nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8): System.IO.Streams/Stream.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.IO
{
    public abstract class Stream : global::System.MarshalByRefObject, global::System.IDisposable
    {
        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public virtual bool CanTimeout { get { throw null; } }
        public abstract bool CanWrite { get; }
        public abstract long Length { get; }
        public abstract long Position { get; set; }
        public virtual int ReadTimeout { get { throw null; } set { throw null; } }
        public virtual int WriteTimeout { get { throw null; } set { throw null; } }
        public virtual void Close() { throw null; }
        public void CopyTo(global::System.IO.Stream destination) { throw null; }
        public void Dispose() { throw null; }
        ~Stream() { }
        protected virtual void Dispose(bool disposing) { throw null; }
        public abstract void Flush();
        public abstract long Seek(long offset, global::System.IO.SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract int Read(global::System.SpanByte buffer);
        public abstract int Read(byte[] buffer, int offset, int count);
        public virtual int ReadByte() { throw null; }
        public abstract void Write(byte[] buffer, int offset, int count);
        public virtual void WriteByte(byte value) { throw null; }
    }
}
