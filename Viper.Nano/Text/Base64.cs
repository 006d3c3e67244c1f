namespace Viper.Nano.Text
{
    /// <summary>
    /// Base64 (RFC 4648 section 4) over caller buffers. Convert.ToBase64String returns a new
    /// string; the handshake and the authentication checks want bytes, with no allocation.
    /// </summary>
    internal static class Base64
    {
        private static readonly byte[] Alphabet = new byte[]
        {
            (byte)'A', (byte)'B', (byte)'C', (byte)'D', (byte)'E', (byte)'F', (byte)'G', (byte)'H',
            (byte)'I', (byte)'J', (byte)'K', (byte)'L', (byte)'M', (byte)'N', (byte)'O', (byte)'P',
            (byte)'Q', (byte)'R', (byte)'S', (byte)'T', (byte)'U', (byte)'V', (byte)'W', (byte)'X',
            (byte)'Y', (byte)'Z', (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f',
            (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n',
            (byte)'o', (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v',
            (byte)'w', (byte)'x', (byte)'y', (byte)'z', (byte)'0', (byte)'1', (byte)'2', (byte)'3',
            (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', (byte)'+', (byte)'/',
        };

        /// <summary>Length of the encoding of <paramref name="count"/> bytes, padding included.</summary>
        public static int EncodedLength(int count)
        {
            return (count + 2) / 3 * 4;
        }

        /// <summary>Writes the padded encoding of the input as ASCII; returns the bytes written.</summary>
        public static int Encode(byte[] input, int offset, int count, byte[] output, int outputOffset)
        {
            int o = outputOffset;
            int end = offset + count;
            int i = offset;
            for (; i + 3 <= end; i += 3)
            {
                int v = (input[i] << 16) | (input[i + 1] << 8) | input[i + 2];
                output[o++] = Alphabet[(v >> 18) & 63];
                output[o++] = Alphabet[(v >> 12) & 63];
                output[o++] = Alphabet[(v >> 6) & 63];
                output[o++] = Alphabet[v & 63];
            }

            int rest = end - i;
            if (rest > 0)
            {
                int v = input[i] << 16;
                if (rest == 2) v |= input[i + 1] << 8;
                output[o++] = Alphabet[(v >> 18) & 63];
                output[o++] = Alphabet[(v >> 12) & 63];
                output[o++] = rest == 2 ? Alphabet[(v >> 6) & 63] : (byte)'=';
                output[o++] = (byte)'=';
            }

            return o - outputOffset;
        }

        /// <summary>
        /// Decodes padded base64 text. Returns the number of bytes written, or -1 when the input
        /// is not canonical base64 (wrong length, a character outside the alphabet, misplaced
        /// padding, non-zero pad bits) or the output does not fit in <paramref name="outputCapacity"/>.
        /// </summary>
        public static int Decode(byte[] input, int offset, int count, byte[] output, int outputOffset, int outputCapacity)
        {
            if (count % 4 != 0) return -1;
            int o = outputOffset;
            int end = offset + count;
            for (int i = offset; i < end; i += 4)
            {
                int a = Value(input[i]);
                int b = Value(input[i + 1]);
                if (a < 0 || b < 0) return -1;
                bool last = i + 4 == end;
                int pad = 0;
                if (last && input[i + 3] == (byte)'=')
                {
                    pad = input[i + 2] == (byte)'=' ? 2 : 1;
                }

                int c = pad == 2 ? 0 : Value(input[i + 2]);
                int d = pad >= 1 ? 0 : Value(input[i + 3]);
                if (c < 0 || d < 0) return -1;
                int v = (a << 18) | (b << 12) | (c << 6) | d;
                int produce = 3 - pad;
                if (o - outputOffset + produce > outputCapacity) return -1;

                // RFC 4648 section 3.5: bits past the data must be zero for a canonical encoding.
                if (pad == 2 && (v & 0xFFFF) != 0) return -1;
                if (pad == 1 && (v & 0xFF) != 0) return -1;
                output[o++] = (byte)(v >> 16);
                if (produce > 1) output[o++] = (byte)(v >> 8);
                if (produce > 2) output[o++] = (byte)v;
            }

            return o - outputOffset;
        }

        private static int Value(byte c)
        {
            if (c >= (byte)'A' && c <= (byte)'Z') return c - 'A';
            if (c >= (byte)'a' && c <= (byte)'z') return c - 'a' + 26;
            if (c >= (byte)'0' && c <= (byte)'9') return c - '0' + 52;
            if (c == (byte)'+') return 62;
            if (c == (byte)'/') return 63;
            return -1;
        }
    }
}
