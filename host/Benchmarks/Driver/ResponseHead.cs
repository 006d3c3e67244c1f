using System;

namespace Viper.Nano.Benchmarks.Driver
{
    /// <summary>
    /// Reads the few things the driver needs from an HTTP/1.1 response head in place (RFC 9112
    /// section 4 status line, section 5 field lines), without allocating: the status code and
    /// one field's value by case-insensitive name.
    /// </summary>
    public static class ResponseHead
    {
        /// <summary>The status code of "HTTP/1.1 NNN ...", or -1 when the line is not one.</summary>
        public static int StatusCode(byte[] data, int offset, int length)
        {
            // "HTTP/1.x SP 3DIGIT" is 12 bytes at least.
            if (length < 12 || data[offset] != 'H' || data[offset + 4] != '/' || data[offset + 8] != ' ') return -1;
            int code = 0;
            for (int i = 9; i < 12; i++)
            {
                int d = data[offset + i] - '0';
                if (d < 0 || d > 9) return -1;
                code = code * 10 + d;
            }

            return code;
        }

        /// <summary>
        /// Finds field <paramref name="lowerName"/> (ASCII, lower case, without the colon) and
        /// returns the offset of its trimmed value, with its length in <paramref name="valueLength"/>;
        /// -1 when absent.
        /// </summary>
        public static int FindField(byte[] data, int offset, int length, byte[] lowerName, out int valueLength)
        {
            int end = offset + length;
            int line = NextLine(data, offset, end);
            while (line >= 0 && line < end)
            {
                int lineEnd = NextLine(data, line, end);
                if (lineEnd < 0) lineEnd = end;
                if (NameMatches(data, line, lineEnd, lowerName))
                {
                    int v = line + lowerName.Length + 1;
                    int e = lineEnd - 2;
                    while (v < e && (data[v] == ' ' || data[v] == '\t')) v++;
                    while (e > v && (data[e - 1] == ' ' || data[e - 1] == '\t')) e--;
                    valueLength = e - v;
                    return v;
                }

                line = lineEnd;
            }

            valueLength = 0;
            return -1;
        }

        /// <summary>Parses a decimal field value such as Content-Length; -1 when not a number.</summary>
        public static int ParseDecimal(byte[] data, int offset, int length)
        {
            if (length == 0 || length > 9) return -1;
            int n = 0;
            for (int i = offset; i < offset + length; i++)
            {
                int d = data[i] - '0';
                if (d < 0 || d > 9) return -1;
                n = n * 10 + d;
            }

            return n;
        }

        /// <summary>True when the value at <paramref name="offset"/> equals <paramref name="expected"/> byte for byte.</summary>
        public static bool ValueEquals(byte[] data, int offset, int length, byte[] expected) =>
            offset >= 0 && data.AsSpan(offset, length).SequenceEqual(expected);

        // Offset just past the next CRLF, or -1.
        private static int NextLine(byte[] data, int from, int end)
        {
            for (int i = from; i + 1 < end; i++)
            {
                if (data[i] == '\r' && data[i + 1] == '\n') return i + 2;
            }

            return -1;
        }

        private static bool NameMatches(byte[] data, int line, int lineEnd, byte[] lowerName)
        {
            if (lineEnd - line < lowerName.Length + 1 || data[line + lowerName.Length] != ':') return false;
            for (int i = 0; i < lowerName.Length; i++)
            {
                int c = data[line + i];
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                if (c != lowerName[i]) return false;
            }

            return true;
        }
    }
}
