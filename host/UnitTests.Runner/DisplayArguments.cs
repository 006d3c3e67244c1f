using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Viper.Nano.TestRunner
{
    /// <summary>Data row arguments as C# literals: 1, "x", 'c', true, null, [1, 2].</summary>
    public static class DisplayArguments
    {
        /// <summary>The arguments, comma separated.</summary>
        public static string Format(object[] arguments) =>
            arguments == null ? string.Empty : string.Join(", ", arguments.Select(Format));

        /// <summary>One argument.</summary>
        public static string Format(object value)
        {
            switch (value)
            {
                case null: return "null";
                case string s: return Quote(s, '"');
                case char c: return Quote(c.ToString(), '\'');
                case bool b: return b ? "true" : "false";
                case Array array: return "[" + string.Join(", ", array.Cast<object>().Select(Format)) + "]";
                case IFormattable number: return number.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString();
            }
        }

        private static string Quote(string text, char quote)
        {
            var sb = new StringBuilder(text.Length + 2).Append(quote);
            foreach (char c in text)
            {
                if (c == quote || c == '\\') sb.Append('\\').Append(c);
                else if (c == '\r') sb.Append("\\r");
                else if (c == '\n') sb.Append("\\n");
                else if (c == '\t') sb.Append("\\t");
                else if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }

            return sb.Append(quote).ToString();
        }
    }
}
