// Reference-only stub of nanoFramework.System.Text 1.3.42 (assembly nanoFramework.System.Text).
// Declarations mirror nanoframework/System.Text@v1.3.42 (a231e6e): nanoFramework.System.Text/Text/Decoder.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Text
{
    public abstract class Decoder
    {
        public abstract void Convert(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, int charCount, bool flush, out int bytesUsed, out int charsUsed, out bool completed);
    }
}
