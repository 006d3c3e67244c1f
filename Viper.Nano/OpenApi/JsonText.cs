using System.Text;

namespace Viper.Nano.OpenApi
{
    /// <summary>Small JSON writing helpers over StringBuilder (start-up only, not a hot path).</summary>
    internal static class JsonText
    {
        /// <summary>Appends <paramref name="value"/> as a JSON string literal (RFC 8259 section 7), or null.</summary>
        public static void AppendString(StringBuilder sb, string value)
        {
            if (value == null)
            {
                sb.Append("null");
                return;
            }

            sb.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c == '\n') sb.Append("\\n");
                else if (c == '\r') sb.Append("\\r");
                else if (c == '\t') sb.Append("\\t");
                else if (c < 0x20)
                {
                    sb.Append("\\u00");
                    sb.Append("0123456789abcdef"[c >> 4]);
                    sb.Append("0123456789abcdef"[c & 15]);
                }
                else sb.Append(c);
            }

            sb.Append('"');
        }

        /// <summary>Appends <c>"name":</c>.</summary>
        public static void AppendName(StringBuilder sb, string name)
        {
            AppendString(sb, name);
            sb.Append(':');
        }
    }
}
