namespace Viper.Nano.Text
{
    /// <summary>
    /// Writes UTF-8 text as the inside of a JSON string (RFC 8259 section 7), byte to byte, with
    /// no string and no allocation: '"' and '\' get a backslash, the control characters U+0000 to
    /// U+001F their short escape or \u00XX, every other byte is copied (UTF-8 may stand unescaped
    /// in JSON). Works on bytes, so supplementary characters need no care on the interpreter.
    /// </summary>
    public static class JsonEscape
    {
        /// <summary>The most bytes one input byte can become (a control byte as \u00XX): size buffers with it.</summary>
        public const int MaxExpansion = 6;

        private const string Hex = "0123456789abcdef";

        /// <summary>
        /// Writes the escaped form of <paramref name="count"/> bytes of valid UTF-8 at
        /// <paramref name="at"/> in <paramref name="output"/>, never past <paramref name="end"/>.
        /// Returns the position after the last byte written, or -1 when it does not fit.
        /// </summary>
        public static int Write(byte[] utf8, int offset, int count, byte[] output, int at, int end)
        {
            int stop = offset + count;
            for (int i = offset; i < stop; i++)
            {
                int b = utf8[i];
                int shortForm = b == '"' ? '"' : b == '\\' ? '\\' : b == '\n' ? 'n' : b == '\r' ? 'r'
                    : b == '\t' ? 't' : b == '\b' ? 'b' : b == '\f' ? 'f' : 0;
                if (shortForm != 0)
                {
                    if (at + 2 > end) return -1;
                    output[at++] = (byte)'\\';
                    output[at++] = (byte)shortForm;
                }
                else if (b < 0x20)
                {
                    if (at + 6 > end) return -1;
                    output[at++] = (byte)'\\';
                    output[at++] = (byte)'u';
                    output[at++] = (byte)'0';
                    output[at++] = (byte)'0';
                    output[at++] = (byte)Hex[b >> 4];
                    output[at++] = (byte)Hex[b & 15];
                }
                else
                {
                    if (at >= end) return -1;
                    output[at++] = (byte)b;
                }
            }

            return at;
        }
    }
}
