using System;

namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// Writes readings as JSON straight into a caller's byte buffer:
    /// <c>{"value":22.53,"unit":"C","ts":1732412345123,"seq":42}</c>, and a ring of them as an array.
    /// </summary>
    /// <remarks>
    /// This is the per-reading path (once a second, forever), so it formats numbers itself and
    /// allocates nothing: nanoFramework.Json serializes by reflection and <c>double.ToString</c>
    /// makes a string per call. <c>value</c> has two decimals, or is <c>null</c> when the reading is
    /// not a finite number; <c>ts</c> is Unix milliseconds (see <see cref="UnixTime"/>); <c>seq</c>
    /// counts readings from 1 and lets a client spot gaps. The output is ASCII.
    /// </remarks>
    public class ReadingJson
    {
        // Widest numbers: "-" + 14 digits + "." + 2 (|v| < 1e13 can round up to 1e13),
        // long.MinValue (20 characters), int.MinValue (11).
        private const int MaxValueChars = 18;
        private const int MaxLongChars = 20;
        private const int MaxIntChars = 11;
        private const double MaxMagnitude = 1e13;

        private static readonly byte[] ValueKey = Ascii("{\"value\":");
        private static readonly byte[] TsKey = Ascii("\",\"ts\":");
        private static readonly byte[] SeqKey = Ascii(",\"seq\":");
        private static readonly byte[] Null = Ascii("null");

        private readonly byte[] _unitPart; // ,"unit":"C

        /// <summary>A writer for readings in <paramref name="unit"/> (printable ASCII, no quote or backslash).</summary>
        public ReadingJson(string unit)
        {
            if (unit == null)
            {
                throw new ArgumentNullException("unit");
            }

            char[] chars = unit.ToCharArray();
            _unitPart = new byte[9 + chars.Length];
            int n = Copy(Ascii(",\"unit\":\""), _unitPart, 0);
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c < ' ' || c > '~' || c == '"' || c == '\\')
                {
                    throw new ArgumentException("unit must be printable ASCII without quotes or backslashes");
                }

                _unitPart[n++] = (byte)c;
            }

            MaxReadingBytes = ValueKey.Length + MaxValueChars + _unitPart.Length + TsKey.Length + MaxLongChars
                + SeqKey.Length + MaxIntChars + 1;
        }

        /// <summary>The most bytes one reading can take: size a buffer with this and it always fits.</summary>
        public int MaxReadingBytes { get; }

        /// <summary>The most bytes <see cref="WriteArray"/> can take for a ring of <paramref name="capacity"/>.</summary>
        public int MaxArrayBytes(int capacity)
        {
            return 2 + (capacity * (MaxReadingBytes + 1));
        }

        /// <summary>
        /// Writes one reading at <paramref name="offset"/>. Returns the number of bytes written, or
        /// -1, writing nothing, when <paramref name="count"/> is below <see cref="MaxReadingBytes"/>.
        /// </summary>
        public int Write(byte[] buffer, int offset, int count, double value, long timestampMs, int sequence)
        {
            if (count < MaxReadingBytes)
            {
                return -1;
            }

            int p = offset;
            p += Copy(ValueKey, buffer, p);
            p += WriteFixed2(buffer, p, value);
            p += Copy(_unitPart, buffer, p);
            p += Copy(TsKey, buffer, p);
            p += WriteInt64(buffer, p, timestampMs);
            p += Copy(SeqKey, buffer, p);
            p += WriteInt64(buffer, p, sequence);
            buffer[p++] = (byte)'}';
            return p - offset;
        }

        /// <summary>Writes the ring's newest reading; returns 0 when the ring is empty, -1 when it does not fit.</summary>
        public int WriteLatest(ReadingRing ring, byte[] buffer, int offset, int count)
        {
            double value;
            long ts;
            int seq;
            if (!ring.TryGetLatest(out value, out ts, out seq))
            {
                return 0;
            }

            return Write(buffer, offset, count, value, ts, seq);
        }

        /// <summary>
        /// Writes every reading in the ring, oldest first, as a JSON array (<c>[]</c> when empty).
        /// Returns the bytes written, or -1 when <paramref name="count"/> is below
        /// <see cref="MaxArrayBytes"/> for the ring's capacity. Holds the ring's lock while it writes.
        /// </summary>
        public int WriteArray(ReadingRing ring, byte[] buffer, int offset, int count)
        {
            if (count < MaxArrayBytes(ring.Capacity))
            {
                return -1;
            }

            int p = offset;
            buffer[p++] = (byte)'[';
            lock (ring.SyncRoot)
            {
                int n = ring.CountUnlocked;
                for (int i = 0; i < n; i++)
                {
                    if (i > 0)
                    {
                        buffer[p++] = (byte)',';
                    }

                    p += Write(buffer, p, MaxReadingBytes, ring.ValueUnlocked(i), ring.TimestampUnlocked(i), ring.SequenceUnlocked(i));
                }
            }

            buffer[p++] = (byte)']';
            return p - offset;
        }

        /// <summary>
        /// Writes, oldest first, the readings of the ring whose sequence number is above
        /// <paramref name="afterSequence"/> and at most <paramref name="lastSequence"/>, as many as
        /// fit, each preceded by a comma unless it is the array's first (<paramref name="afterSequence"/>
        /// 0 means none written yet). Moves <paramref name="afterSequence"/> past what it wrote;
        /// returns the bytes written (0 when nothing is left). Lets a route stream the array a few
        /// readings at a time instead of holding a buffer for the whole ring.
        /// </summary>
        public int WriteSince(ReadingRing ring, ref int afterSequence, int lastSequence, bool first, byte[] buffer, int offset, int count)
        {
            int p = offset;
            lock (ring.SyncRoot)
            {
                int n = ring.CountUnlocked;
                for (int i = 0; i < n; i++)
                {
                    int sequence = ring.SequenceUnlocked(i);
                    if (sequence <= afterSequence) continue;
                    if (sequence > lastSequence || offset + count - p < MaxReadingBytes + 1) break;
                    if (!first || p > offset) buffer[p++] = (byte)',';
                    p += Write(buffer, p, MaxReadingBytes, ring.ValueUnlocked(i), ring.TimestampUnlocked(i), sequence);
                    afterSequence = sequence;
                }
            }

            return p - offset;
        }

        /// <summary>
        /// Writes <paramref name="value"/> rounded half away from zero to two decimals ("22.53",
        /// "-0.50", "3.00"), or <c>null</c> for NaN, infinities and magnitudes of 1e13 or more.
        /// Returns the bytes written (at most 18).
        /// </summary>
        public static int WriteFixed2(byte[] buffer, int offset, double value)
        {
            // NaN fails both comparisons, so it lands here with the infinities.
            if (!(value > -MaxMagnitude && value < MaxMagnitude))
            {
                return Copy(Null, buffer, offset);
            }

            long hundredths = (long)(value * 100.0 + (value < 0 ? -0.5 : 0.5));
            int p = offset;
            if (hundredths < 0)
            {
                buffer[p++] = (byte)'-';
                hundredths = -hundredths;
            }

            p += WriteInt64(buffer, p, hundredths / 100);
            int fraction = (int)(hundredths % 100);
            buffer[p++] = (byte)'.';
            buffer[p++] = (byte)('0' + (fraction / 10));
            buffer[p++] = (byte)('0' + (fraction % 10));
            return p - offset;
        }

        /// <summary>Writes a decimal integer (any long, long.MinValue included); returns the bytes written.</summary>
        public static int WriteInt64(byte[] buffer, int offset, long value)
        {
            int p = offset;
            if (value < 0)
            {
                buffer[p++] = (byte)'-';
            }

            // Digits come out least significant first; work with a non-positive remainder so that
            // long.MinValue needs no negation.
            long rest = value < 0 ? value : -value;
            int start = p;
            do
            {
                buffer[p++] = (byte)('0' - (int)(rest % 10));
                rest /= 10;
            }
            while (rest != 0);

            for (int i = start, j = p - 1; i < j; i++, j--)
            {
                byte t = buffer[i];
                buffer[i] = buffer[j];
                buffer[j] = t;
            }

            return p - offset;
        }

        private static int Copy(byte[] source, byte[] destination, int offset)
        {
            Array.Copy(source, 0, destination, offset, source.Length);
            return source.Length;
        }

        private static byte[] Ascii(string text)
        {
            char[] chars = text.ToCharArray();
            byte[] bytes = new byte[chars.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                bytes[i] = (byte)chars[i];
            }

            return bytes;
        }
    }
}
