using System.Text;

namespace Viper.Nano.Http
{
    /// <summary>
    /// Text helpers for the HTTP layer: UTF-8 validation (the device's decoder
    /// throws on invalid UTF-8, so we check first), percent-decoding (RFC 3986 2.1) and ASCII
    /// case-insensitive string comparison (the device has no StringComparison).
    /// </summary>
    internal static class HttpText
    {
        public static readonly Encoding Utf8 = Encoding.UTF8;

        /// <summary>True when the bytes are well-formed UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF).</summary>
        public static bool IsValidUtf8(byte[] buffer, int offset, int count)
        {
            int i = offset;
            int end = offset + count;
            while (i < end)
            {
                int b = buffer[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                int need;
                int min;
                int value;
                if (b >= 0xC2 && b <= 0xDF) { need = 1; min = 0x80; value = b & 0x1F; }
                else if (b >= 0xE0 && b <= 0xEF) { need = 2; min = 0x800; value = b & 0x0F; }
                else if (b >= 0xF0 && b <= 0xF4) { need = 3; min = 0x10000; value = b & 0x07; }
                else return false;

                if (i + need >= end) return false;
                for (int k = 1; k <= need; k++)
                {
                    int c = buffer[i + k];
                    if ((c & 0xC0) != 0x80) return false;
                    value = (value << 6) | (c & 0x3F);
                }

                if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return false;
                i += need + 1;
            }

            return true;
        }

        /// <summary>The bytes as a string; null when they are not valid UTF-8.</summary>
        public static string Decode(byte[] buffer, int offset, int count)
        {
            if (count == 0) return string.Empty;
            if (!IsValidUtf8(buffer, offset, count)) return null;
            return Utf8.GetString(buffer, offset, count);
        }

        /// <summary>
        /// Percent-decodes a view (and '+' as a space when <paramref name="plusIsSpace"/>, as HTML
        /// forms encode queries). A '%' not followed by two hex digits stays as it is. When the
        /// decoded bytes are not UTF-8, the view is returned undecoded.
        /// </summary>
        public static string PercentDecode(byte[] buffer, int offset, int count, bool plusIsSpace)
        {
            bool plain = true;
            for (int i = offset; i < offset + count; i++)
            {
                if (buffer[i] == '%' || (plusIsSpace && buffer[i] == '+'))
                {
                    plain = false;
                    break;
                }
            }

            if (plain) return Decode(buffer, offset, count);

            byte[] decoded = new byte[count];
            int n = 0;
            for (int i = offset; i < offset + count; i++)
            {
                int b = buffer[i];
                if (b == '%' && i + 2 < offset + count && HttpChars.HexValue(buffer[i + 1]) >= 0 && HttpChars.HexValue(buffer[i + 2]) >= 0)
                {
                    b = (HttpChars.HexValue(buffer[i + 1]) << 4) | HttpChars.HexValue(buffer[i + 2]);
                    i += 2;
                }
                else if (b == '+' && plusIsSpace)
                {
                    b = ' ';
                }

                decoded[n++] = (byte)b;
            }

            string text = Decode(decoded, 0, n);
            return text ?? Decode(buffer, offset, count);
        }

        /// <summary>ASCII case-insensitive equality of two strings.</summary>
        public static bool EqualsIgnoreCase(string a, string b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (HttpChars.Lower(a[i]) != HttpChars.Lower(b[i])) return false;
            }

            return true;
        }
    }
}
