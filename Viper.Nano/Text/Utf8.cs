using System.Text;

namespace Viper.Nano.Text
{
    /// <summary>
    /// UTF-8 lengths and encoding of strings into caller buffers, right on both runtimes.
    /// Encoding is always done by the runtime's native encoder: nanoFramework stores strings as
    /// UTF-8, so its GetBytes is one copy, while a managed loop over the chars costs an
    /// interpreted call per char, and indexing a nanoCLR string walks it from the start.
    /// nanoCLR also reads the low half of a surrogate pair as the high half again
    /// ("a\U0001F600b"[2] is 0xD83D), so nothing here trusts a char read inside a pair: pieces
    /// are cut only at positions proven to lie between characters (see <see cref="SplitsPair"/>).
    /// nanoFramework's Encoding has no GetByteCount and builds a new encoder on every
    /// Encoding.UTF8 call, so the encoder is fetched once.
    /// </summary>
    public static class Utf8
    {
        /// <summary>The one UTF-8 encoder of the library.</summary>
        public static readonly Encoding Encoding = System.Text.Encoding.UTF8;

        // True on .NET, false on nanoCLR, whose indexer reads a pair's low half as its high half.
        private static readonly bool ReadsLowHalf = "\U0001F600"[1] != '\uD83D';

        /// <summary>
        /// Bytes needed to encode <paramref name="count"/> chars of <paramref name="text"/> from
        /// <paramref name="start"/>, counted char by char (no buffer needed). A lone surrogate
        /// counts 3 (.NET encodes it as U+FFFD). Paths that run per message use the overload
        /// with a scratch buffer.
        /// </summary>
        public static int ByteCount(string text, int start, int count)
        {
            int bytes = 0;
            int end = start + count;
            int i = start;
            while (i < end)
            {
                int width = WidthAt(text, i, end);
                bytes += width;
                i += width == 4 ? 2 : 1;
            }

            return bytes;
        }

        /// <summary>
        /// As <see cref="ByteCount(string, int, int)"/>, but counted by the native encoder, which
        /// encodes the text piece by piece into <paramref name="scratch"/> (its
        /// <paramref name="room"/> bytes from <paramref name="offset"/> are overwritten).
        /// </summary>
        public static int ByteCount(string text, int start, int count, byte[] scratch, int offset, int room)
        {
            if (room < 4) return ByteCount(text, start, count);
            int bytes = 0;
            int done = 0;
            while (done < count)
            {
                int written;
                done += EncodePrefix(text, start + done, count - done, scratch, offset, room, out written);
                bytes += written;
            }

            return bytes;
        }

        /// <summary>
        /// How many chars from <paramref name="start"/> (at most <paramref name="count"/>) encode
        /// into at most <paramref name="maxBytes"/> bytes without splitting a surrogate pair.
        /// </summary>
        public static int CharsThatFit(string text, int start, int count, int maxBytes)
        {
            int bytes = 0;
            int end = start + count;
            int i = start;
            while (i < end)
            {
                int width = WidthAt(text, i, end);
                if (bytes + width > maxBytes) break;
                bytes += width;
                i += width == 4 ? 2 : 1;
            }

            return i - start;
        }

        /// <summary>Encodes chars of <paramref name="text"/> into <paramref name="buffer"/>; returns the bytes written.</summary>
        public static int Encode(string text, int start, int count, byte[] buffer, int offset)
        {
            if (count == 0) return 0;
            return Encoding.GetBytes(text, start, count, buffer, offset);
        }

        /// <summary>
        /// Encodes as many whole characters of <paramref name="text"/> from <paramref name="start"/>
        /// (at most <paramref name="count"/> chars) as fit in <paramref name="room"/> bytes at
        /// <paramref name="offset"/>. Returns the chars consumed (0 only when the first character
        /// needs more than <paramref name="room"/> bytes); <paramref name="written"/> gets the bytes.
        /// A char never needs more than 3 bytes, so a third of the free room is always safe to
        /// hand to the native encoder; the last few bytes are filled one character at a time.
        /// </summary>
        public static int EncodePrefix(string text, int start, int count, byte[] buffer, int offset, int room, out int written)
        {
            int done = 0;
            int used = 0;
            while (done < count)
            {
                int free = room - used;
                int take = free / 3;
                int at = start + done;
                if (take >= count - done)
                {
                    take = count - done;
                }
                else if (take >= 2)
                {
                    if (SplitsPair(text, at, at + take)) take--;
                }
                else
                {
                    int width = WidthAt(text, at, start + count);
                    if (width > free) break;
                    take = width == 4 ? 2 : 1;
                }

                used += Encoding.GetBytes(text, at, take, buffer, offset + used);
                done += take;
            }

            written = used;
            return done;
        }

        /// <summary>
        /// Encodes all of <paramref name="text"/> at <paramref name="offset"/> if it fits in
        /// <paramref name="max"/> bytes; returns the bytes written, or -1 when it does not fit
        /// (the <paramref name="max"/> bytes may then hold part of it). For writers that must
        /// know a size before committing to a fixed buffer.
        /// </summary>
        public static int EncodeWithin(string text, byte[] buffer, int offset, int max)
        {
            int n = text.Length;
            if (n == 0) return 0;
            if (n <= max / 3) return Encoding.GetBytes(text, 0, n, buffer, offset);
            int written;
            return EncodePrefix(text, 0, n, buffer, offset, max, out written) == n ? written : -1;
        }

        /// <summary>Writes the decimal digits of a non-negative number; -1 when they do not fit in <paramref name="max"/> bytes.</summary>
        public static int WriteDecimal(long value, byte[] buffer, int offset, int max)
        {
            int digits = 1;
            for (long v = value; v >= 10; v /= 10) digits++;
            if (digits > max) return -1;
            for (int i = offset + digits - 1; i >= offset; i--)
            {
                buffer[i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            return digits;
        }

        /// <summary>
        /// True when <paramref name="at"/> falls between the two halves of a surrogate pair.
        /// <paramref name="from"/> (below <paramref name="at"/>) must be a character boundary.
        /// On .NET the halves tell themselves apart; on nanoCLR both read as the high half, so a
        /// run of surrogates is counted back to a boundary: pairs start at even distances from it.
        /// </summary>
        public static bool SplitsPair(string text, int from, int at)
        {
            char before = text[at - 1];
            if (before < 0xD800 || before > 0xDBFF) return false; // not a surrogate, or a low half (.NET)
            if (at >= text.Length) return false;
            char after = text[at];
            if (ReadsLowHalf) return after >= 0xDC00 && after <= 0xDFFF;
            if (after < 0xD800 || after > 0xDFFF) return false;
            int run = 2;
            int i = at - 2;
            while (i >= from)
            {
                char c = text[i];
                if (c < 0xD800 || c > 0xDFFF) break;
                run++;
                i--;
            }

            // The run counted includes text[at]; the chars from the boundary up to at-1 are run-1.
            return ((run - 1) & 1) == 1;
        }

        // Bytes of the character that starts at the boundary i: 4 for a surrogate pair (two
        // chars), 3 for a lone surrogate (.NET; nanoCLR strings are UTF-8 and hold none). At a
        // boundary nanoCLR reads the high half right, and the char after it as the high half again.
        private static int WidthAt(string text, int i, int end)
        {
            char c = text[i];
            if (c < 0x80) return 1;
            if (c < 0x800) return 2;
            if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end)
            {
                char next = text[i + 1];
                if (ReadsLowHalf ? next >= 0xDC00 && next <= 0xDFFF : next == c) return 4;
            }

            return 3;
        }
    }
}
