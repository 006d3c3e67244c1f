// Reference-only stub of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Declarations mirror nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8): System.IO.Streams/MemoryStream.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.IO
{
    public class MemoryStream : global::System.IO.Stream
    {
        public MemoryStream() { throw null; }
        public MemoryStream(byte[] buffer) { throw null; }
        public MemoryStream(byte[] buffer, bool isWritable) { throw null; }
        public override bool CanRead { get { throw null; } }
        public override bool CanSeek { get { throw null; } }
        public override bool CanWrite { get { throw null; } }
        protected override void Dispose(bool disposing) { throw null; }
        public override void Flush() { throw null; }
        public virtual byte[] GetBuffer() { throw null; }
        public override long Length { get { throw null; } }
        public override long Position { get { throw null; } set { throw null; } }
        public override int Read(global::System.SpanByte buffer) { throw null; }
        public override int Read(byte[] buffer, int offset, int count) { throw null; }
        public override int ReadByte() { throw null; }
        public override long Seek(long offset, global::System.IO.SeekOrigin origin) { throw null; }
        public override void SetLength(long value) { throw null; }
        public virtual byte[] ToArray() { throw null; }
        public override void Write(byte[] buffer, int offset, int count) { throw null; }
        public override void WriteByte(byte value) { throw null; }
        public virtual void WriteTo(global::System.IO.Stream stream) { throw null; }
    }
}
