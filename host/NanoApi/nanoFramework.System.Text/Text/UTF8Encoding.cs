// Reference-only stub of nanoFramework.System.Text 1.3.42 (assembly nanoFramework.System.Text).
// Declarations mirror nanoframework/System.Text@v1.3.42 (a231e6e): nanoFramework.System.Text/Text/UTF8Encoding.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Text
{
    public class UTF8Encoding : global::System.Text.Encoding
    {
        public UTF8Encoding() { throw null; }
        public override byte[] GetBytes(string s) { throw null; }
        public override int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) { throw null; }
        public override char[] GetChars(byte[] bytes) { throw null; }
        public override char[] GetChars(byte[] bytes, int byteIndex, int byteCount) { throw null; }
        public override global::System.Text.Decoder GetDecoder() { throw null; }
    }
}
