// Reference-only stub of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Declarations mirror nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8): System.IO.Streams/StreamWriter.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.IO
{
    public class StreamWriter : global::System.IO.TextWriter
    {
        public virtual global::System.IO.Stream BaseStream { get { throw null; } }
        public override global::System.Text.Encoding Encoding { get { throw null; } }
        public override string NewLine { get { throw null; } set { throw null; } }
        public StreamWriter(global::System.IO.Stream stream, bool leaveOpen = false) { throw null; }
        public override void Close() { throw null; }
        protected override void Dispose(bool disposing) { throw null; }
        public override void Flush() { throw null; }
        public override void Write(char value) { throw null; }
        public override void Write(string value) { throw null; }
        public override void WriteLine() { throw null; }
        public override void WriteLine(string value) { throw null; }
    }
}
