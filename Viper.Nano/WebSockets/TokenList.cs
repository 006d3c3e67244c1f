namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// Looks for one element of a comma-separated header value (RFC 9110 section 5.6.1: elements
    /// separated by commas, optional whitespace around them, empty elements ignored) without
    /// splitting the string, so no substrings are allocated.
    /// </summary>
    internal static class TokenList
    {
        /// <summary>
        /// True when <paramref name="list"/> has an element equal to <paramref name="token"/>;
        /// ASCII letters compared without case when <paramref name="ignoreCase"/>.
        /// </summary>
        public static bool Contains(string list, string token, bool ignoreCase)
        {
            if (list == null || token == null || token.Length == 0) return false;
            int i = 0;
            int n = list.Length;
            while (i < n)
            {
                int start = i;
                while (i < n && list[i] != ',') i++;
                int end = i;
                i++; // step over the comma
                while (start < end && IsSpace(list[start])) start++;
                while (end > start && IsSpace(list[end - 1])) end--;
                if (end - start == token.Length && Same(list, start, token, ignoreCase)) return true;
            }

            return false;
        }

        private static bool Same(string list, int start, string token, bool ignoreCase)
        {
            for (int k = 0; k < token.Length; k++)
            {
                char a = list[start + k];
                char b = token[k];
                if (a == b) continue;
                if (!ignoreCase || Lower(a) != Lower(b)) return false;
            }

            return true;
        }

        /// <summary>ASCII lower case; other characters unchanged.</summary>
        public static char Lower(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }

        /// <summary>Optional whitespace of HTTP (RFC 9110 section 5.6.3): space or tab.</summary>
        public static bool IsSpace(char c)
        {
            return c == ' ' || c == '\t';
        }

        /// <summary>Whole strings equal ignoring ASCII case (origins, header names).</summary>
        public static bool EqualsIgnoreCase(string a, string b)
        {
            if (a == null || b == null || a.Length != b.Length) return false;
            return Same(a, 0, b, true);
        }
    }
}
