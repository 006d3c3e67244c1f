namespace Viper.Nano.WebSockets
{
    /// <summary>The payload side of the frame reader: unmasking in place (RFC 6455 section 5.3) and skipping.</summary>
    internal sealed partial class FrameDecoder
    {
        /// <summary>
        /// Unmasks, in place, the next payload bytes of the current frame (section 5.3): at most
        /// <paramref name="count"/> and never past the frame. Returns the number processed; when
        /// <see cref="PayloadRemaining"/> reaches 0 the decoder expects the next header.
        /// </summary>
        public int UnmaskPayload(byte[] buffer, int offset, int count)
        {
            int n = Take(count);
            if (Masked && n > 0) Unmask(buffer, offset, n, false);
            return n;
        }

        /// <summary>
        /// As <see cref="UnmaskPayload"/>, and in the same pass notes whether every byte came out
        /// below 0x80 (<see cref="PayloadAscii"/>): ASCII is valid UTF-8 whatever surrounds it
        /// once no sequence is open, so a text reader can skip its UTF-8 check for such pieces.
        /// </summary>
        public int UnmaskText(byte[] buffer, int offset, int count)
        {
            int n = Take(count);
            PayloadAscii = Masked && Unmask(buffer, offset, n, true) < 0x80;
            return n;
        }

        /// <summary>After <see cref="UnmaskText"/>: all the bytes it returned are ASCII (false when unsure).</summary>
        public bool PayloadAscii;

        // The interpreter runs each IL instruction on its own, so the loop is unrolled by four
        // with the mask, rotated to the current phase, in locals; for text it also ORs the
        // unmasked bytes together. Returns that OR (0 when not asked for).
        private int Unmask(byte[] buffer, int offset, int n, bool text)
        {
            byte[] mask = _mask;
            int p = _maskPosition;
            byte m0 = mask[p];
            byte m1 = mask[(p + 1) & 3];
            byte m2 = mask[(p + 2) & 3];
            byte m3 = mask[(p + 3) & 3];
            _maskPosition = (p + n) & 3;
            int i = offset;
            int end = offset + n;
            int last = end - 3;
            int seen = 0;
            if (text)
            {
                while (i < last)
                {
                    int b0 = buffer[i] ^ m0;
                    buffer[i] = (byte)b0;
                    int b1 = buffer[i + 1] ^ m1;
                    buffer[i + 1] = (byte)b1;
                    int b2 = buffer[i + 2] ^ m2;
                    buffer[i + 2] = (byte)b2;
                    int b3 = buffer[i + 3] ^ m3;
                    buffer[i + 3] = (byte)b3;
                    seen |= b0 | b1 | b2 | b3;
                    i += 4;
                }
            }
            else
            {
                while (i < last)
                {
                    buffer[i] ^= m0;
                    buffer[i + 1] ^= m1;
                    buffer[i + 2] ^= m2;
                    buffer[i + 3] ^= m3;
                    i += 4;
                }
            }

            // The last 0-3 bytes.
            if (i < end) seen |= buffer[i] ^= m0;
            if (i + 1 < end) seen |= buffer[i + 1] ^= m1;
            if (i + 2 < end) seen |= buffer[i + 2] ^= m2;
            return seen;
        }

        /// <summary>Steps over up to <paramref name="count"/> payload bytes without touching them.</summary>
        public int SkipPayload(int count)
        {
            int n = Take(count);
            _maskPosition = (_maskPosition + n) & 3;
            return n;
        }

        private int Take(int count)
        {
            if (_state != ReadPayload) return 0;
            int n = PayloadRemaining < count ? (int)PayloadRemaining : count;
            PayloadRemaining -= n;
            if (PayloadRemaining == 0) _state = ReadFirst;
            return n;
        }
    }
}
