using System;

namespace Viper.Nano.Tests.Support
{
    /// <summary>Builds client-to-server frames (masked, RFC 6455 section 5.3) for tests.</summary>
    public static class ClientFrames
    {
        /// <summary>The masking key of RFC 6455 section 5.7's masked example.</summary>
        public static readonly byte[] Key = new byte[] { 0x37, 0xfa, 0x21, 0x3d };

        /// <summary>A masked frame with the shortest length encoding.</summary>
        public static byte[] Masked(bool fin, int opcode, byte[] payload)
        {
            return Build(fin ? 0x80 : 0, opcode, payload, 0, payload.Length, true);
        }

        /// <summary>A masked frame whose first byte also carries <paramref name="rsvBits"/> (0x40, 0x20, 0x10).</summary>
        public static byte[] WithRsv(int rsvBits, int opcode, byte[] payload)
        {
            return Build(0x80 | rsvBits, opcode, payload, 0, payload.Length, true);
        }

        /// <summary>An unmasked frame, as a server would send (illegal from a client).</summary>
        public static byte[] Unmasked(bool fin, int opcode, byte[] payload)
        {
            return Build(fin ? 0x80 : 0, opcode, payload, 0, payload.Length, false);
        }

        /// <summary>A masked text frame.</summary>
        public static byte[] Text(string text)
        {
            return Masked(true, 1, Bytes.Ascii(text));
        }

        /// <summary>A masked Close frame with a code (0 for none) and reason bytes.</summary>
        public static byte[] Close(int code, byte[] reason)
        {
            if (code == 0) return Masked(true, 8, new byte[0]);
            byte[] payload = new byte[2 + reason.Length];
            payload[0] = (byte)(code >> 8);
            payload[1] = (byte)code;
            Array.Copy(reason, 0, payload, 2, reason.Length);
            return Masked(true, 8, payload);
        }

        /// <summary>
        /// Only the header of a frame (shortest length encoding, with the section 5.7 mask when
        /// <paramref name="masked"/>): large frames are tested without allocating their payload.
        /// </summary>
        public static byte[] Header(int firstByte, long length, bool masked)
        {
            int lengthBytes = length <= 125 ? 0 : (length <= 0xFFFF ? 2 : 8);
            byte[] header = new byte[2 + lengthBytes + (masked ? 4 : 0)];
            header[0] = (byte)firstByte;
            int length7 = lengthBytes == 0 ? (int)length : (lengthBytes == 2 ? 126 : 127);
            header[1] = (byte)((masked ? 0x80 : 0) | length7);
            for (int i = 0; i < lengthBytes; i++)
            {
                header[2 + i] = (byte)(length >> (8 * (lengthBytes - 1 - i)));
            }

            if (masked) Array.Copy(Key, 0, header, 2 + lengthBytes, 4);
            return header;
        }

        /// <summary>Concatenates frames into one byte stream.</summary>
        public static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] all = new byte[a.Length + b.Length];
            Array.Copy(a, 0, all, 0, a.Length);
            Array.Copy(b, 0, all, a.Length, b.Length);
            return all;
        }

        private static byte[] Build(int firstByte, int opcode, byte[] payload, int offset, int count, bool masked)
        {
            int lengthBytes = count <= 125 ? 0 : (count <= 0xFFFF ? 2 : 8);
            int header = 2 + lengthBytes + (masked ? 4 : 0);
            byte[] frame = new byte[header + count];
            frame[0] = (byte)(firstByte | opcode);
            int length7 = lengthBytes == 0 ? count : (lengthBytes == 2 ? 126 : 127);
            frame[1] = (byte)((masked ? 0x80 : 0) | length7);
            for (int i = 0; i < lengthBytes; i++)
            {
                frame[2 + i] = (byte)(count >> (8 * (lengthBytes - 1 - i)));
            }

            int p = 2 + lengthBytes;
            if (masked)
            {
                Array.Copy(Key, 0, frame, p, 4);
                p += 4;
            }

            for (int i = 0; i < count; i++)
            {
                frame[p + i] = masked ? (byte)(payload[offset + i] ^ Key[i & 3]) : payload[offset + i];
            }

            return frame;
        }
    }
}
