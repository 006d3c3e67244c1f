using System.Text;

namespace Viper.Nano.Text
{
    /// <summary>
    /// UTF-8 lengths and encoding of strings into caller buffers. nanoFramework's Encoding has no
    /// GetByteCount and builds a new encoder on every Encoding.UTF8 call, so the length is
    /// computed here and the encoder is fetched once.
    /// </summary>
    public static class Utf8
    {
        /// <summary>The one UTF-8 encoder of the library.</summary>
        public static readonly Encoding Encoding = System.Text.Encoding.UTF8;

        /// <summary>
        /// Bytes needed to encode <paramref name="count"/> chars of <paramref name="text"/> from
        /// <paramref name="start"/>. A lone surrogate counts 3 (it is encoded as U+FFFD).
        /// </summary>
        public static int ByteCount(string text, int start, int count)
        {
            int bytes = 0;
            int end = start + count;
            for (int i = start; i < end; i++)
            {
                int width = CharWidth(text, i, end);
                bytes += width;
                if (width == 4) i++;
            }

            return bytes;
        }

        /// <summary>
        /// How many chars from <paramref name="start"/> (at most <paramref name="count"/>) encode
        /// into at most <paramref name="maxBytes"/> bytes without splitting a surrogate pair.
        /// </summary>
        public static int CharsThatFit(string text, int start, int count, int maxBytes)
        {
            int bytes = 0;
            int end = start + count;
            int i = start;
            while (i < end)
            {
                int width = CharWidth(text, i, end);
                if (bytes + width > maxBytes) break;
                bytes += width;
                i += width == 4 ? 2 : 1;
            }

            return i - start;
        }

        /// <summary>Encodes chars of <paramref name="text"/> into <paramref name="buffer"/>; returns the bytes written.</summary>
        public static int Encode(string text, int start, int count, byte[] buffer, int offset)
        {
            if (count == 0) return 0;
            return Encoding.GetBytes(text, start, count, buffer, offset);
        }

        /// <summary>
        /// Encodes all of <paramref name="text"/> at <paramref name="offset"/> if it fits in
        /// <paramref name="max"/> bytes; returns the bytes written, or -1 (nothing written) when
        /// it does not fit. For writers that must know a size before committing to a fixed buffer.
        /// </summary>
        public static int EncodeWithin(string text, byte[] buffer, int offset, int max)
        {
            int n = ByteCount(text, 0, text.Length);
            if (n > max) return -1;
            Encode(text, 0, text.Length, buffer, offset);
            return n;
        }

        /// <summary>Writes the decimal digits of a non-negative number; -1 when they do not fit in <paramref name="max"/> bytes.</summary>
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

        // 4 for a surrogate pair (both chars), else the width of the one char.
        private static int CharWidth(string text, int i, int end)
        {
            char c = text[i];
            if (c < 0x80) return 1;
            if (c < 0x800) return 2;
            if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end)
            {
                char next = text[i + 1];
                if (next >= 0xDC00 && next <= 0xDFFF) return 4;
            }

            return 3;
        }
    }
}
