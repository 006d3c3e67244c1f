using System.Text;
using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Http
{
    [TestClass]
    public class ChunkedDecoderTests
    {
        // RFC 9112 7.1: chunks of hex size, CRLF after each, a zero-size last chunk, then the end.
        private const string Wiki = "4\r\nWiki\r\n6\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\n\r\n";
        private const string WikiBody = "Wikipedia in \r\n\r\nchunks.";

        private static int _consumed;

        // Decodes with the input arriving <paramref name="piece"/> bytes at a time; returns the
        // body, sets the last status and how much input was consumed.
        private static string Decode(byte[] input, int length, int piece, out ChunkStatus last)
        {
            ChunkedDecoder decoder = new ChunkedDecoder(64);
            StringBuilder body = new StringBuilder();
            int pos = 0;
            int available = piece < length ? piece : length;
            while (true)
            {
                last = decoder.Decode(input, pos, available - pos);
                pos += decoder.Consumed;
                if (last == ChunkStatus.Data)
                {
                    body.Append(Encoding.UTF8.GetString(input, decoder.DataOffset, decoder.DataLength));
                    continue;
                }

                if (last != ChunkStatus.NeedMore || available == length) break;
                available = available + piece < length ? available + piece : length;
            }

            _consumed = pos;
            return body.ToString();
        }

        private static void AssertDecodes(string encoded, string expected)
        {
            byte[] input = Bytes.Ascii(encoded);
            for (int piece = 1; piece <= input.Length; piece = piece < 8 ? piece + 1 : piece * 2)
            {
                Assert.AreEqual(expected, Decode(input, input.Length, piece, out ChunkStatus last), "piece " + piece);
                Assert.AreEqual((int)ChunkStatus.Complete, (int)last, "complete, piece " + piece);
                Assert.AreEqual(input.Length, _consumed, "consumed, piece " + piece);
            }

            Assert.AreEqual(expected, Decode(input, input.Length, input.Length, out ChunkStatus whole));
            Assert.AreEqual((int)ChunkStatus.Complete, (int)whole);

            // Every truncated prefix is a valid beginning: need more, never complete or invalid.
            for (int n = 0; n < input.Length; n++)
            {
                Decode(input, n, n == 0 ? 1 : n, out ChunkStatus partial);
                Assert.AreEqual((int)ChunkStatus.NeedMore, (int)partial, "prefix " + n);
            }
        }

        private static void AssertInvalid(string encoded)
        {
            AssertInvalid(Bytes.Ascii(encoded), encoded);
        }

        private static void AssertInvalid(byte[] input, string encoded)
        {
            Decode(input, input.Length, input.Length, out ChunkStatus whole);
            Assert.AreEqual((int)ChunkStatus.Invalid, (int)whole, "whole: " + encoded);
            Decode(input, input.Length, 1, out ChunkStatus bytewise);
            Assert.AreEqual((int)ChunkStatus.Invalid, (int)bytewise, "byte by byte: " + encoded);
        }

        [TestMethod]
        public static void DecodesChunksWholeInPiecesAndByteByByte()
        {
            AssertDecodes(Wiki, WikiBody);
        }

        [TestMethod]
        public static void EmptyBodyIsJustTheLastChunk()
        {
            AssertDecodes("0\r\n\r\n", "");
            AssertDecodes("000\r\n\r\n", "");
        }

        [TestMethod]
        public static void HexSizesAreCaseInsensitiveAndMayHaveLeadingZeros()
        {
            AssertDecodes("a\r\n0123456789\r\nA\r\nabcdefghij\r\n00001\r\n!\r\n0\r\n\r\n", "0123456789abcdefghij!");
        }

        // RFC 9112 7.1.1: extensions, with or without values (quoted too), are read and ignored.
        [TestMethod]
        public static void ExtensionsAreIgnored()
        {
            AssertDecodes("3;name=value\r\nabc\r\n2 ; flag\r\nde\r\n1;q=\"a;b\"\r\nf\r\n0;last\r\n\r\n", "abcdef");
        }

        // RFC 9112 7.1.2: trailer fields after the last chunk are read and discarded.
        [TestMethod]
        public static void TrailersAreSkipped()
        {
            AssertDecodes("3\r\nabc\r\n0\r\nExpires: never\r\nX-Sum: 1\r\n\r\n", "abc");
        }

        [TestMethod]
        public static void StopsAtTheEndOfTheBody()
        {
            byte[] input = Bytes.Ascii("3\r\nabc\r\n0\r\n\r\nGET / HTTP/1.1\r\n");
            Assert.AreEqual("abc", Decode(input, input.Length, input.Length, out ChunkStatus last));
            Assert.AreEqual((int)ChunkStatus.Complete, (int)last);
            Assert.AreEqual(13, _consumed);
        }

        [TestMethod]
        public static void ReportsTheDeclaredRestOfAChunk()
        {
            ChunkedDecoder decoder = new ChunkedDecoder(64);
            byte[] input = Bytes.Ascii("1000\r\nab");
            Assert.AreEqual((int)ChunkStatus.Data, (int)decoder.Decode(input, 0, input.Length));
            Assert.AreEqual(2, decoder.DataLength);
            Assert.AreEqual(0x1000 - 2, decoder.ChunkRemaining);
        }

        [TestMethod]
        public static void MalformedFramingIsInvalid()
        {
            AssertInvalid("\r\n");
            AssertInvalid("g\r\n");
            AssertInvalid("-1\r\n");
            AssertInvalid("3\nabc\r\n0\r\n\r\n");
            AssertInvalid("3\r\nabcd\r\n0\r\n\r\n");
            AssertInvalid("3\r\nabc\n0\r\n\r\n");
            AssertInvalid("3\r\nabc\r\n0\r\n\n");
            AssertInvalid("3 x\r\nabc\r\n0\r\n\r\n");
            AssertInvalid("3;a\u0001b\r\nabc\r\n0\r\n\r\n");
            AssertInvalid("0\r\nX: a\r\n folded\r\n\r\n");
            AssertInvalid(Bytes.WithNul("0\r\nX: a@\r\n\r\n", '@'), "NUL in a trailer field");
        }

        [TestMethod]
        public static void OversizedChunkSizeIsInvalid()
        {
            AssertInvalid("10000000\r\n");
            AssertDecodes("00000001\r\nx\r\n0\r\n\r\n", "x");
        }

        [TestMethod]
        public static void EndlessExtensionOrTrailerIsInvalid()
        {
            AssertInvalid("1;" + new string('e', 100) + "\r\nx\r\n0\r\n\r\n");
            AssertInvalid("0\r\nX: " + new string('t', 100) + "\r\n\r\n");
        }
    }
}
