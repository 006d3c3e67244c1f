// Reference-only stub of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Declarations mirror nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8): System.IO.Streams/TextWriter.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.IO
{
    public abstract class TextWriter : global::System.MarshalByRefObject, global::System.IDisposable
    {
        protected char[] CoreNewLine;
        public abstract global::System.Text.Encoding Encoding { get; }
        public virtual string NewLine { get { throw null; } set { throw null; } }
        public virtual void Close() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        public void Dispose() { throw null; }
        public virtual void Flush() { throw null; }
        public virtual void Write(char value) { throw null; }
        public virtual void Write(char[] buffer) { throw null; }
        public virtual void Write(char[] buffer, int index, int count) { throw null; }
        public virtual void Write(bool value) { throw null; }
        public virtual void Write(int value) { throw null; }
        public virtual void Write(uint value) { throw null; }
        public virtual void Write(long value) { throw null; }
        public virtual void Write(ulong value) { throw null; }
        public virtual void Write(float value) { throw null; }
        public virtual void Write(double value) { throw null; }
        public virtual void Write(string value) { throw null; }
        public virtual void Write(object value) { throw null; }
        public virtual void WriteLine() { throw null; }
        public virtual void WriteLine(char value) { throw null; }
        public virtual void WriteLine(char[] buffer) { throw null; }
        public virtual void WriteLine(char[] buffer, int index, int count) { throw null; }
        public virtual void WriteLine(bool value) { throw null; }
        public virtual void WriteLine(int value) { throw null; }
        public virtual void WriteLine(uint value) { throw null; }
        public virtual void WriteLine(long value) { throw null; }
        public virtual void WriteLine(ulong value) { throw null; }
        public virtual void WriteLine(float value) { throw null; }
        public virtual void WriteLine(double value) { throw null; }
        public virtual void WriteLine(string value) { throw null; }
        public virtual void WriteLine(object value) { throw null; }
    }
}
