using System.Text;

namespace Viper.Nano.Tests.Support
{
    /// <summary>Reads what a server wrote, for assertions: the HTTP head, then its frames as a log.</summary>
    public static class ServerFrames
    {
        /// <summary>Length of the HTTP head at the start of <paramref name="data"/> (0 when there is none).</summary>
        public static int HeadLength(byte[] data)
        {
            if (data.Length < 5 || data[0] != (byte)'H') return 0;
            for (int i = 3; i < data.Length; i++)
            {
                if (data[i] == '\n' && data[i - 1] == '\r' && data[i - 2] == '\n' && data[i - 3] == '\r') return i + 1;
            }

            return 0;
        }

        /// <summary>The HTTP head as text ("" when there is none).</summary>
        public static string Head(byte[] data)
        {
            int n = HeadLength(data);
            return n == 0 ? "" : Encoding.UTF8.GetString(data, 0, n);
        }

        /// <summary>
        /// The frames after the head, one entry each, separated by "|": "T:text" for text,
        /// "B:hex" for binary, "C8:hex", "C9:hex", "C10:hex" for control frames; a fragment is
        /// marked with a trailing "+" on its opcode letter. "!" ends a log whose last frame is
        /// cut short; "M" flags a masked frame (servers must not mask).
        /// </summary>
        public static string Describe(byte[] data)
        {
            var log = new StringBuilder();
            int p = HeadLength(data);
            while (p < data.Length)
            {
                if (p + 2 > data.Length) return log.Append("!").ToString();
                bool fin = (data[p] & 0x80) != 0;
                int opcode = data[p] & 0x0F;
                bool masked = (data[p + 1] & 0x80) != 0;
                long length = data[p + 1] & 0x7F;
                int q = p + 2;
                int extra = length == 126 ? 2 : (length == 127 ? 8 : 0);
                if (extra > 0)
                {
                    if (q + extra > data.Length) return log.Append("!").ToString();
                    length = 0;
                    for (int i = 0; i < extra; i++) length = (length << 8) | data[q + i];
                    q += extra;
                }

                if (masked) q += 4;
                if (q + length > data.Length) return log.Append("!").ToString();
                if (log.Length > 0) log.Append('|');
                if (masked) log.Append('M');
                int n = (int)length;
                if (opcode == 1) log.Append('T').Append(fin ? "" : "+").Append(':').Append(n == 0 ? "" : Encoding.UTF8.GetString(data, q, n));
                else if (opcode == 2) log.Append('B').Append(fin ? "" : "+").Append(':').Append(Bytes.ToHex(data, q, n));
                else if (opcode == 0) log.Append('K').Append(fin ? "" : "+").Append(':').Append(Bytes.ToHex(data, q, n));
                else log.Append('C').Append(opcode.ToString()).Append(':').Append(Bytes.ToHex(data, q, n));
                p = q + n;
            }

            return log.ToString();
        }
    }
}
