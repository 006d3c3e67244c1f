namespace Viper.Nano.Http
{
    /// <summary>
    /// The request methods of RFC 9110 section 9 and RFC 5789 (PATCH). Methods are case-sensitive
    /// tokens (RFC 9110 9.1): "get" is not GET. Each has an index and a bit, so a route table
    /// can collect the methods a path allows in one int, and the request hands handlers the
    /// literal names below instead of new strings.
    /// </summary>
    internal static class HttpMethods
    {
        /// <summary>GET.</summary>
        public const string Get = "GET";

        /// <summary>HEAD: answered by GET routes unless a HEAD route exists.</summary>
        public const string Head = "HEAD";

        /// <summary>POST.</summary>
        public const string Post = "POST";

        /// <summary>PUT.</summary>
        public const string Put = "PUT";

        /// <summary>DELETE.</summary>
        public const string Delete = "DELETE";

        /// <summary>PATCH (RFC 5789).</summary>
        public const string Patch = "PATCH";

        /// <summary>OPTIONS: answered with Allow unless an OPTIONS route exists.</summary>
        public const string Options = "OPTIONS";

        /// <summary>TRACE: known, never routed by default.</summary>
        public const string Trace = "TRACE";

        /// <summary>CONNECT: known, not implemented (501).</summary>
        public const string Connect = "CONNECT";

        /// <summary>Index of the first method (GET) in <see cref="Names"/>.</summary>
        public const int GetIndex = 0;

        /// <summary>Index of HEAD.</summary>
        public const int HeadIndex = 1;

        /// <summary>Index of OPTIONS.</summary>
        public const int OptionsIndex = 6;

        /// <summary>Index of CONNECT.</summary>
        public const int ConnectIndex = 8;

        /// <summary>Every known method; a method's bit is 1 shifted left by its index here.</summary>
        public static readonly string[] Names = { Get, Head, Post, Put, Delete, Patch, Options, Trace, Connect };

        private static readonly byte[][] NameBytes = MakeNameBytes();

        /// <summary>Index of the method in the view, or -1 when it is not one of <see cref="Names"/>.</summary>
        public static int IndexOf(byte[] buffer, int offset, int length)
        {
            for (int i = 0; i < NameBytes.Length; i++)
            {
                if (HttpChars.Equals(buffer, offset, length, NameBytes[i])) return i;
            }

            return -1;
        }

        /// <summary>Index of <paramref name="method"/> (exact case), or -1.</summary>
        public static int IndexOf(string method)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (Names[i] == method) return i;
            }

            return -1;
        }

        /// <summary>The Allow header value for a set of method bits, in the order of <see cref="Names"/>.</summary>
        public static string AllowValue(int methodBits)
        {
            string result = "";
            for (int i = 0; i < Names.Length; i++)
            {
                if ((methodBits & (1 << i)) == 0) continue;
                result = result.Length == 0 ? Names[i] : result + ", " + Names[i];
            }

            return result;
        }

        private static byte[][] MakeNameBytes()
        {
            byte[][] result = new byte[Names.Length][];
            for (int i = 0; i < Names.Length; i++)
            {
                result[i] = HttpChars.AsciiBytes(Names[i]);
            }

            return result;
        }
    }
}
