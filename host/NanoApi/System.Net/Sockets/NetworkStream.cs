// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/Sockets/NetworkStream.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Sockets
{
    public class NetworkStream : global::System.IO.Stream
    {
        protected int _socketType;
        protected global::System.Net.EndPoint _remoteEndPoint;
        protected bool _disposed;
        public NetworkStream(global::System.Net.Sockets.Socket socket) { throw null; }
        public NetworkStream(global::System.Net.Sockets.Socket socket, bool ownsSocket) { throw null; }
        public override bool CanRead { get { throw null; } }
        public override bool CanSeek { get { throw null; } }
        public override bool CanTimeout { get { throw null; } }
        public override bool CanWrite { get { throw null; } }
        public override int ReadTimeout { get { throw null; } set { throw null; } }
        public override int WriteTimeout { get { throw null; } set { throw null; } }
        public override long Length { get { throw null; } }
        public override long Position { get { throw null; } set { throw null; } }
        public virtual bool DataAvailable { get { throw null; } }
        public void Close(int timeout) { throw null; }
        protected override void Dispose(bool disposing) { throw null; }
        public override void Flush() { throw null; }
        public override int Read(byte[] buffer, int offset, int count) { throw null; }
        public override long Seek(long offset, global::System.IO.SeekOrigin origin) { throw null; }
        public override void SetLength(long value) { throw null; }
        public override void Write(byte[] buffer, int offset, int count) { throw null; }
        public override int Read(global::System.SpanByte buffer) { throw null; }
    }
}
