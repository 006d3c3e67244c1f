// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/ReadOnlyStream.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class ReadOnlyStream : global::System.IO.Stream
    {
        public ReadOnlyStream(global::System.IO.Stream innerStream) { throw null; }
        public override bool CanRead { get { throw null; } }
        public override bool CanSeek { get { throw null; } }
        public override long Length { get { throw null; } }
        public override bool CanWrite { get { throw null; } }
        public override long Position { get { throw null; } set { throw null; } }
        public override int ReadTimeout { get { throw null; } set { throw null; } }
        public override bool CanTimeout { get { throw null; } }
        public override int WriteTimeout { get { throw null; } set { throw null; } }
        protected override void Dispose(bool disposing) { throw null; }
        public override void Flush() { throw null; }
        public override int Read(global::System.SpanByte buffer) { throw null; }
        public override int Read(byte[] buffer, int offset, int count) { throw null; }
        public override int ReadByte() { throw null; }
        public override long Seek(long offset, global::System.IO.SeekOrigin origin) { throw null; }
        public override void SetLength(long value) { throw null; }
        public override void Write(byte[] buffer, int offset, int count) { throw null; }
        public override void WriteByte(byte value) { throw null; }
    }
}
