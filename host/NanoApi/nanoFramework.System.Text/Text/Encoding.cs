// Reference-only stub of nanoFramework.System.Text 1.3.42 (assembly nanoFramework.System.Text).
// Declarations mirror nanoframework/System.Text@v1.3.42 (a231e6e): nanoFramework.System.Text/Text/Encoding.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Text
{
    public abstract class Encoding
    {
        public virtual byte[] GetBytes(string s) { throw null; }
        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) { throw null; }
        public virtual char[] GetChars(byte[] bytes) { throw null; }
        public virtual char[] GetChars(byte[] bytes, int byteIndex, int byteCount) { throw null; }
        public virtual string GetString(byte[] bytes, int index, int count) { throw null; }
        public abstract global::System.Text.Decoder GetDecoder();
        public static global::System.Text.Encoding UTF8 { get { throw null; } }
    }
}
