using System;
using System.Collections.Generic;

namespace Viper.Nano.FuzzTests
{
    /// <summary>
    /// Seeded mutations of known-good inputs (the codecs' test vectors): bit flips, byte
    /// changes, insertions, deletions, duplicated runs, truncations and splices, the moves that
    /// coverage fuzzers such as AFL make. Deterministic per seed, so any failure replays.
    /// </summary>
    public sealed class Mutator
    {
        private static readonly byte[] Interesting = { 0, 1, 0x7e, 0x7f, 0x80, 0xff, (byte)'\r', (byte)'\n', (byte)' ', (byte)':', (byte)'\t', (byte)'0', (byte)'9', (byte)';', 0xc0, 0xed, 0xf4, 0xf5 };
        private readonly Random random;
        private readonly byte[][] seeds;

        public Mutator(int seed, IList<byte[]> seeds)
        {
            random = new Random(seed);
            this.seeds = new byte[seeds.Count][];
            seeds.CopyTo(this.seeds, 0);
        }

        public Random Random => random;

        /// <summary>One seed with 1 to 8 stacked mutations.</summary>
        public byte[] Next()
        {
            var data = new List<byte>(seeds[random.Next(seeds.Length)]);
            int rounds = 1 + random.Next(8);
            for (int r = 0; r < rounds; r++) Mutate(data);
            return data.ToArray();
        }

        /// <summary>Cut points that split <paramref name="length"/> bytes into random pieces (one piece in four: byte by byte).</summary>
        public int[] Splits(int length)
        {
            var cuts = new List<int>();
            bool byteByByte = random.Next(4) == 0;
            int p = 0;
            while (p < length)
            {
                p += byteByByte ? 1 : 1 + random.Next(Math.Max(1, length / 3 + 1));
                cuts.Add(Math.Min(p, length));
            }

            return cuts.ToArray();
        }

        private void Mutate(List<byte> d)
        {
            int n = d.Count;
            switch (random.Next(9))
            {
                case 0 when n > 0: d[random.Next(n)] ^= (byte)(1 << random.Next(8)); break;
                case 1 when n > 0: d[random.Next(n)] = Interesting[random.Next(Interesting.Length)]; break;
                case 2: d.Insert(random.Next(n + 1), Interesting[random.Next(Interesting.Length)]); break;
                case 3 when n > 0: d.RemoveAt(random.Next(n)); break;
                case 4 when n > 1:
                {
                    int start = random.Next(n);
                    int len = 1 + random.Next(Math.Min(64, n - start));
                    d.InsertRange(random.Next(n + 1), d.GetRange(start, len));
                    break;
                }
                case 5 when n > 1:
                {
                    // Truncate: keep at least the first half.
                    int keep = random.Next(n / 2, n);
                    d.RemoveRange(keep, n - keep);
                    break;
                }
                case 6:
                {
                    byte[] other = seeds[random.Next(seeds.Length)];
                    if (other.Length == 0) break;
                    int at = random.Next(other.Length);
                    d.InsertRange(random.Next(n + 1), new ArraySegment<byte>(other, at, Math.Min(other.Length - at, 1 + random.Next(32))));
                    break;
                }
                case 7 when n > 0: d[random.Next(n)] = (byte)random.Next(256); break;
                default:
                {
                    int count = 1 + random.Next(4);
                    for (int i = 0; i < count; i++) d.Insert(random.Next(d.Count + 1), (byte)random.Next(256));
                    break;
                }
            }
        }
    }
}
