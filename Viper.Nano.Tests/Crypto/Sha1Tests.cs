using nanoFramework.TestFramework;
using Viper.Nano.Crypto;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Crypto
{
    [TestClass]
    public class Sha1Tests
    {
        private static readonly Sha1 Hasher = new Sha1();
        private static readonly byte[] Digest = new byte[Sha1.HashSize];

        private static string HashOf(byte[] data)
        {
            Hasher.Hash(data, 0, data.Length, Digest, 0);
            return Bytes.ToHex(Digest, 0, Sha1.HashSize);
        }

        // FIPS 180-2 appendix A and RFC 3174 section 7.3 test vectors.
        [TestMethod]
        public static void EmptyMessage()
        {
            Assert.AreEqual("da39a3ee5e6b4b0d3255bfef95601890afd80709", HashOf(new byte[0]));
        }

        [TestMethod]
        public static void Abc()
        {
            Assert.AreEqual("a9993e364706816aba3e25717850c26c9cd0d89d", HashOf(Bytes.Ascii("abc")));
        }

        [TestMethod]
        public static void TwoBlockMessageFromFips180()
        {
            Assert.AreEqual(
                "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
                HashOf(Bytes.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")));
        }

        [TestMethod]
        public static void OneHundredTwelveByteMessage()
        {
            Assert.AreEqual(
                "a49b2446a02c645bf419f995b67091253a04a259",
                HashOf(Bytes.Ascii("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")));
        }

        [TestMethod]
        public static void Rfc3174FourthTestIsTenRepeatsOfSixtyFourBytes()
        {
            byte[] unit = Bytes.Ascii("0123456701234567012345670123456701234567012345670123456701234567");
            Hasher.Reset();
            for (int i = 0; i < 10; i++) Hasher.Update(unit, 0, unit.Length);
            Hasher.Final(Digest, 0);
            Assert.AreEqual("dea356a2cddd90c7a7ecedc5ebb563934f460452", Bytes.ToHex(Digest, 0, Sha1.HashSize));
        }

        [TestMethod]
        public static void OneMillionAs()
        {
            byte[] chunk = Bytes.Repeat((byte)'a', 1000);
            Hasher.Reset();
            for (int i = 0; i < 1000; i++) Hasher.Update(chunk, 0, chunk.Length);
            Hasher.Final(Digest, 0);
            Assert.AreEqual("34aa973cd4c4daa4f61eeb2bdbad27316534016f", Bytes.ToHex(Digest, 0, Sha1.HashSize));
        }

        [TestMethod]
        public static void QuickBrownFox()
        {
            Assert.AreEqual(
                "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
                HashOf(Bytes.Ascii("The quick brown fox jumps over the lazy dog")));
        }

        // Lengths around the padding boundaries: 55 bytes is the longest message whose length
        // still fits in its last block, 56 needs an extra block, 64 is exactly one block.
        [DataRow(55, "c1c8bbdc22796e28c0e15163d20899b65621d65a")]
        [DataRow(56, "c2db330f6083854c99d4b5bfb6e8f29f201be699")]
        [DataRow(63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5")]
        [DataRow(64, "0098ba824b5c16427bd7a1122a5a442a25ec644d")]
        [DataRow(65, "11655326c708d70319be2610e8a57d9a5b959d3b")]
        [DataRow(119, "ee971065aaa017e0632a8ca6c77bb3bf8b1dfc56")]
        [DataRow(120, "f34c1488385346a55709ba056ddd08280dd4c6d6")]
        [DataRow(128, "ad5b3fdbcb526778c2839d2f151ea753995e26a0")]
        public static void PaddingBoundaries(int length, string expected)
        {
            Assert.AreEqual(expected, HashOf(Bytes.Repeat((byte)'a', length)));
        }

        [TestMethod]
        public static void AllByteValues()
        {
            byte[] data = new byte[256];
            for (int i = 0; i < 256; i++) data[i] = (byte)i;
            Assert.AreEqual("4916d6bdb7f78e6803698cab32d1586ea457dfc8", HashOf(data));
        }

        [TestMethod]
        public static void EverySplitOfAMultiBlockMessageGivesTheSameDigest()
        {
            byte[] data = Bytes.Ascii("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu");
            for (int split = 0; split <= data.Length; split++)
            {
                Hasher.Reset();
                Hasher.Update(data, 0, split);
                Hasher.Update(data, split, data.Length - split);
                Hasher.Final(Digest, 0);
                Assert.AreEqual("a49b2446a02c645bf419f995b67091253a04a259", Bytes.ToHex(Digest, 0, Sha1.HashSize));
            }
        }

        [TestMethod]
        public static void ByteByByteGivesTheSameDigest()
        {
            byte[] data = Bytes.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            Hasher.Reset();
            for (int i = 0; i < data.Length; i++) Hasher.Update(data, i, 1);
            Hasher.Final(Digest, 0);
            Assert.AreEqual("84983e441c3bd26ebaae4aa1f95129e5e54670f1", Bytes.ToHex(Digest, 0, Sha1.HashSize));
        }

        [TestMethod]
        public static void FinalResetsForTheNextMessage()
        {
            Hasher.Reset();
            byte[] abc = Bytes.Ascii("abc");
            Hasher.Update(abc, 0, 3);
            Hasher.Final(Digest, 0);
            Hasher.Update(abc, 0, 3);
            Hasher.Final(Digest, 0);
            Assert.AreEqual("a9993e364706816aba3e25717850c26c9cd0d89d", Bytes.ToHex(Digest, 0, Sha1.HashSize));
        }

        [TestMethod]
        public static void HashesARangeInsideALargerBufferAndWritesAtAnOffset()
        {
            byte[] data = Bytes.Ascii("xxabcyy");
            byte[] output = new byte[Sha1.HashSize + 4];
            Hasher.Hash(data, 2, 3, output, 4);
            Assert.AreEqual(0, (int)output[0]);
            Assert.AreEqual("a9993e364706816aba3e25717850c26c9cd0d89d", Bytes.ToHex(output, 4, Sha1.HashSize));
        }
    }
}
