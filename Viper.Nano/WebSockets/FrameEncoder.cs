using Viper.Nano.Text;

namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// Writes server-to-client frame headers (RFC 6455 section 5.2) and Close payloads into caller
    /// buffers. Server frames are never masked (section 5.1), so the payload follows the header
    /// as is and can be sent straight from wherever it lives.
    /// </summary>
    internal static class FrameEncoder
    {
        /// <summary>Largest server header: 2 bytes + a 64-bit length, no mask.</summary>
        public const int MaxHeaderLength = 10;

        /// <summary>Largest payload of a control frame (section 5.5).</summary>
        public const int MaxControlPayload = 125;

        /// <summary>Largest close reason: a control payload minus the 2-byte code (section 5.5.1).</summary>
        public const int MaxCloseReasonBytes = MaxControlPayload - 2;

        /// <summary>Bytes <see cref="WriteHeader"/> will use for <paramref name="payloadLength"/>.</summary>
        public static int HeaderLength(int payloadLength)
        {
            if (payloadLength <= 125) return 2;
            return payloadLength <= 0xFFFF ? 4 : 10;
        }

        /// <summary>
        /// Writes an unmasked frame header with the shortest length encoding (section 5.2:
        /// 7 bits up to 125, then 16, then 64 bits); returns its length (2, 4 or 10).
        /// </summary>
        public static int WriteHeader(byte[] buffer, int offset, bool fin, int opcode, int payloadLength)
        {
            buffer[offset] = (byte)((fin ? 0x80 : 0) | (opcode & 0x0F));
            if (payloadLength <= 125)
            {
                buffer[offset + 1] = (byte)payloadLength;
                return 2;
            }

            if (payloadLength <= 0xFFFF)
            {
                buffer[offset + 1] = 126;
                buffer[offset + 2] = (byte)(payloadLength >> 8);
                buffer[offset + 3] = (byte)payloadLength;
                return 4;
            }

            // An int never sets the top bits of the 64-bit length.
            buffer[offset + 1] = 127;
            buffer[offset + 2] = 0;
            buffer[offset + 3] = 0;
            buffer[offset + 4] = 0;
            buffer[offset + 5] = 0;
            buffer[offset + 6] = (byte)(payloadLength >> 24);
            buffer[offset + 7] = (byte)(payloadLength >> 16);
            buffer[offset + 8] = (byte)(payloadLength >> 8);
            buffer[offset + 9] = (byte)payloadLength;
            return 10;
        }

        /// <summary>
        /// Writes a Close payload (section 5.5.1): the code in network byte order, then the reason
        /// in UTF-8, cut at a character boundary to fit 123 bytes. A code of 0 writes an empty
        /// payload (a Close without status). Returns the payload length.
        /// </summary>
        public static int WriteClosePayload(byte[] buffer, int offset, int code, string reason)
        {
            if (code == 0) return 0;
            buffer[offset] = (byte)(code >> 8);
            buffer[offset + 1] = (byte)code;
            if (reason == null || reason.Length == 0) return 2;
            int written;
            Utf8.EncodePrefix(reason, 0, reason.Length, buffer, offset + 2, MaxCloseReasonBytes, out written);
            return 2 + written;
        }

        /// <summary>A whole Close frame (header and payload); returns its length (at most 127).</summary>
        public static int WriteCloseFrame(byte[] buffer, int offset, int code, string reason)
        {
            int length = WriteClosePayload(buffer, offset + 2, code, reason);
            WriteHeader(buffer, offset, true, Opcode.Close, length);
            return 2 + length;
        }
    }
}
