// Reference-only stub of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Declarations mirror nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8): System.IO.Streams/TextReader.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.IO
{
    public abstract class TextReader : global::System.MarshalByRefObject, global::System.IDisposable
    {
        protected TextReader() { throw null; }
        public virtual void Close() { throw null; }
        public void Dispose() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        public virtual int Peek() { throw null; }
        public virtual int Read() { throw null; }
        public virtual int Read(char[] buffer, int index, int count) { throw null; }
        public virtual int ReadBlock(char[] buffer, int index, int count) { throw null; }
        public virtual string ReadLine() { throw null; }
        public virtual string ReadToEnd() { throw null; }
    }
}
