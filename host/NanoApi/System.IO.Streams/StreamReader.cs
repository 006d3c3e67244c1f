// Reference-only stub of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Declarations mirror nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8): System.IO.Streams/StreamReader.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.IO
{
    public class StreamReader : global::System.IO.TextReader
    {
        public virtual global::System.IO.Stream BaseStream { get { throw null; } }
        public virtual global::System.Text.Encoding CurrentEncoding { get { throw null; } }
        public bool EndOfStream { get { throw null; } }
        public StreamReader(global::System.IO.Stream stream, bool leaveOpen = false) { throw null; }
        public override void Close() { throw null; }
        protected override void Dispose(bool disposing) { throw null; }
        public override int Peek() { throw null; }
        public override int Read() { throw null; }
        public override int Read(char[] buffer, int index, int count) { throw null; }
        public override string ReadLine() { throw null; }
        public override string ReadToEnd() { throw null; }
    }
}
