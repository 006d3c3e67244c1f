using System.Collections.Generic;

namespace Viper.Nano.ApiGate.Gate
{
    /// <summary>
    /// A small C# scanner that walks comments, character literals and string literals (regular,
    /// verbatim, interpolated) to find escapes that put NUL into a string.
    /// </summary>
    public static class CSharpLiterals
    {
        /// <summary>The 1-based lines of regular or interpolated string literals holding \0, \u0000, \x0... or \U00000000.</summary>
        public static IEnumerable<int> LinesOfStringLiteralsWithNul(string source)
        {
            int line = 1;
            int i = 0;
            while (i < source.Length)
            {
                char c = source[i];
                if (c == '\n') { line++; i++; }
                else if (c == '/' && At(source, i + 1) == '/') { while (i < source.Length && source[i] != '\n') i++; }
                else if (c == '/' && At(source, i + 1) == '*') { i += 2; while (i < source.Length && !(source[i] == '*' && At(source, i + 1) == '/')) { if (source[i] == '\n') line++; i++; } i += 2; }
                else if (c == '\'') { i++; while (i < source.Length && source[i] != '\'') i += source[i] == '\\' ? 2 : 1; i++; }
                else if (c == '@' && At(source, i + 1) == '"' || c == '$' && At(source, i + 1) == '@' || c == '@' && At(source, i + 1) == '$')
                {
                    // Verbatim: no escapes; "" is a quote.
                    i = source.IndexOf('"', i) + 1;
                    while (i < source.Length && !(source[i] == '"' && At(source, i + 1) != '"')) { if (source[i] == '"') i++; if (source[i] == '\n') line++; i++; }
                    i++;
                }
                else if (c == '"' || c == '$' && At(source, i + 1) == '"')
                {
                    i = source.IndexOf('"', i) + 1;
                    bool nul = false;
                    while (i < source.Length && source[i] != '"' && source[i] != '\n')
                    {
                        if (source[i] == '\\')
                        {
                            nul |= IsNulEscape(source, i + 1);
                            i += 2;
                        }
                        else i++;
                    }

                    i++;
                    if (nul) yield return line;
                }
                else i++;
            }
        }

        private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

        private static bool IsNulEscape(string s, int i)
        {
            char kind = At(s, i);
            if (kind == '0') return true;
            int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : kind == 'x' ? 4 : 0;
            if (digits == 0) return false;
            int n = 0;
            int value = 0;
            for (int k = i + 1; k < s.Length && n < digits && System.Uri.IsHexDigit(s[k]); k++, n++) value = value * 16 + System.Convert.ToInt32(s[k].ToString(), 16);
            return n > 0 && value == 0;
        }
    }
}
