namespace Viper.Nano.Http
{
    /// <summary>
    /// Byte classes of the HTTP grammar (RFC 9110 section 5.6, RFC 9112 section 2) and
    /// allocation-free comparisons of buffer views against ASCII strings. The device has no
    /// char.IsDigit and friends, and comparing bytes in place avoids making strings.
    /// </summary>
    internal static class HttpChars
    {
        public const byte CR = 13;
        public const byte LF = 10;
        public const byte SP = 32;
        public const byte HTAB = 9;

        /// <summary>The bytes of an ASCII literal (made once, at start-up, for fixed responses).</summary>
        public static byte[] AsciiBytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++) bytes[i] = (byte)text[i];
            return bytes;
        }

        /// <summary>tchar: the characters of a token (method, field name, coding name).</summary>
        public static bool IsTokenChar(int b)
        {
            if (b >= 'a' && b <= 'z') return true;
            if (b >= 'A' && b <= 'Z') return true;
            if (b >= '0' && b <= '9') return true;
            switch (b)
            {
                case '!': case '#': case '$': case '%': case '&': case '\'': case '*':
                case '+': case '-': case '.': case '^': case '_': case '`': case '|': case '~':
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A byte allowed inside a field value: VCHAR, obs-text, SP or HTAB (RFC 9110 5.5).
        /// Everything else (NUL, bare CR, other controls, DEL) is rejected as invalid.
        /// </summary>
        public static bool IsFieldValueChar(int b)
        {
            return (b >= 0x20 && b != 0x7F) || b == HTAB;
        }

        /// <summary>A byte of a request-target: visible ASCII only (RFC 3986 has no spaces or controls).</summary>
        public static bool IsTargetChar(int b)
        {
            return b > 0x20 && b < 0x7F;
        }

        /// <summary>OWS: optional whitespace.</summary>
        public static bool IsWhitespace(int b)
        {
            return b == SP || b == HTAB;
        }

        /// <summary>ASCII lower case of one byte.</summary>
        public static int Lower(int b)
        {
            return b >= 'A' && b <= 'Z' ? b + 32 : b;
        }

        /// <summary>Value of a hex digit, or -1.</summary>
        public static int HexValue(int b)
        {
            if (b >= '0' && b <= '9') return b - '0';
            if (b >= 'a' && b <= 'f') return b - 'a' + 10;
            if (b >= 'A' && b <= 'F') return b - 'A' + 10;
            return -1;
        }

        /// <summary>True when the view holds exactly <paramref name="text"/>, ignoring ASCII case.</summary>
        public static bool EqualsIgnoreCase(byte[] buffer, int offset, int length, string text)
        {
            if (length != text.Length) return false;
            for (int i = 0; i < length; i++)
            {
                if (Lower(buffer[offset + i]) != Lower(text[i])) return false;
            }

            return true;
        }

        /// <summary>True when the view holds exactly <paramref name="text"/>, case included.</summary>
        public static bool Equals(byte[] buffer, int offset, int length, byte[] text)
        {
            if (length != text.Length) return false;
            for (int i = 0; i < length; i++)
            {
                if (buffer[offset + i] != text[i]) return false;
            }

            return true;
        }

        /// <summary>
        /// True when the comma-separated list in the view has an element equal to
        /// <paramref name="token"/> (ASCII case ignored, OWS and ";parameters" ignored).
        /// RFC 9110 section 5.6.1 lists; empty elements are skipped.
        /// </summary>
        public static bool ListHasToken(byte[] buffer, int offset, int length, string token)
        {
            int end = offset + length;
            int i = offset;
            while (i < end)
            {
                while (i < end && (IsWhitespace(buffer[i]) || buffer[i] == ',')) i++;
                int start = i;
                while (i < end && buffer[i] != ',' && buffer[i] != ';') i++;
                int stop = i;
                while (stop > start && IsWhitespace(buffer[stop - 1])) stop--;
                if (stop > start && EqualsIgnoreCase(buffer, start, stop - start, token)) return true;
                while (i < end && buffer[i] != ',') i++;
            }

            return false;
        }
    }
}
