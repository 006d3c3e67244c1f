namespace Viper.Nano.Text
{
    /// <summary>
    /// UTF-8 encoding of strings straight into a caller's buffer. nanoFramework's
    /// Encoding.UTF8 has no GetByteCount and allocates per call, and the writers here must
    /// know a size before they commit bytes to a fixed buffer.
    /// </summary>
    public static class Utf8Text
    {
        /// <summary>Bytes needed to encode <paramref name="text"/> (an unpaired surrogate counts as U+FFFD).</summary>
        public static int GetByteCount(string text)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80) n += 1;
                else if (c < 0x800) n += 2;
                else if (IsPair(text, i)) { n += 4; i++; }
                else n += 3;
            }

            return n;
        }

        /// <summary>
        /// Encodes <paramref name="text"/> at <paramref name="offset"/>; returns the bytes written,
        /// or -1 (writing nothing useful) when more than <paramref name="max"/> would be needed.
        /// </summary>
        public static int Encode(string text, byte[] buffer, int offset, int max)
        {
            int p = offset;
            int end = offset + max;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    // RFC 3629 section 3: surrogates are not characters; a pair encodes one
                    // code point, a lone one becomes U+FFFD so the output stays valid UTF-8.
                    if (IsPair(text, i)) { c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00); i++; }
                    else c = 0xFFFD;
                }

                if (c < 0x80)
                {
                    if (p + 1 > end) return -1;
                    buffer[p++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    if (p + 2 > end) return -1;
                    buffer[p++] = (byte)(0xC0 | (c >> 6));
                    buffer[p++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c < 0x10000)
                {
                    if (p + 3 > end) return -1;
                    buffer[p++] = (byte)(0xE0 | (c >> 12));
                    buffer[p++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buffer[p++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    if (p + 4 > end) return -1;
                    buffer[p++] = (byte)(0xF0 | (c >> 18));
                    buffer[p++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                    buffer[p++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buffer[p++] = (byte)(0x80 | (c & 0x3F));
                }
            }

            return p - offset;
        }

        /// <summary>Writes the decimal digits of a non-negative number; -1 when it does not fit.</summary>
        public static int WriteDecimal(long value, byte[] buffer, int offset, int max)
        {
            int digits = 1;
            for (long v = value; v >= 10; v /= 10) digits++;
            if (digits > max) return -1;
            for (int i = offset + digits - 1; i >= offset; i--)
            {
                buffer[i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            return digits;
        }

        private static bool IsPair(string s, int i)
        {
            return s[i] >= 0xD800 && s[i] <= 0xDBFF && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF;
        }
    }
}
