using System.Text;

namespace Viper.Nano.Tests.Support
{
    /// <summary>Small helpers for writing wire bytes in tests, inside the nanoFramework subset.</summary>
    public static class Bytes
    {
        private const string HexDigits = "0123456789abcdef";

        /// <summary>Lower-case hex of a byte range.</summary>
        public static string ToHex(byte[] data, int offset, int count)
        {
            var sb = new StringBuilder(count * 2);
            for (int i = offset; i < offset + count; i++)
            {
                sb.Append(HexDigits[data[i] >> 4]);
                sb.Append(HexDigits[data[i] & 15]);
            }

            return sb.ToString();
        }

        /// <summary>Bytes from hex text; spaces are ignored.</summary>
        public static byte[] FromHex(string hex)
        {
            int digits = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] != ' ') digits++;
            }

            byte[] result = new byte[digits / 2];
            int n = 0;
            int high = -1;
            for (int i = 0; i < hex.Length; i++)
            {
                char c = hex[i];
                if (c == ' ') continue;
                int v = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
                if (high < 0)
                {
                    high = v;
                }
                else
                {
                    result[n++] = (byte)((high << 4) | v);
                    high = -1;
                }
            }

            return result;
        }

        /// <summary>The ASCII (or UTF-8) bytes of a string.</summary>
        public static byte[] Ascii(string text)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        /// <summary>
        /// The ASCII bytes of <paramref name="text"/> with every <paramref name="stand"/> turned
        /// into a NUL byte. Input with NUL is built this way because a string cannot carry NUL on
        /// nanoCLR: it ends there ("a\0b".Length is 1 on the device).
        /// </summary>
        public static byte[] WithNul(string text, char stand)
        {
            byte[] result = Ascii(text);
            for (int i = 0; i < result.Length; i++)
            {
                if (result[i] == (byte)stand) result[i] = 0;
            }

            return result;
        }

        /// <summary>A run of one repeated byte.</summary>
        public static byte[] Repeat(byte value, int count)
        {
            byte[] result = new byte[count];
            for (int i = 0; i < count; i++) result[i] = value;
            return result;
        }
    }
}
