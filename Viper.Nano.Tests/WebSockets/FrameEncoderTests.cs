using nanoFramework.TestFramework;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class FrameEncoderTests
    {
        private static readonly byte[] Buffer = new byte[160];

        // RFC 6455 section 5.7, the unmasked (server) examples.
        [DataRow(true, Opcode.Text, 5, "8105")]         // single-frame "Hello"
        [DataRow(false, Opcode.Text, 3, "0103")]        // first fragment "Hel"
        [DataRow(true, Opcode.Continuation, 2, "8002")] // last fragment "lo"
        [DataRow(true, Opcode.Ping, 5, "8905")]         // unmasked Ping "Hello"
        [DataRow(true, Opcode.Pong, 5, "8a05")]
        [DataRow(true, Opcode.Binary, 256, "827e0100")]
        [DataRow(true, Opcode.Binary, 65536, "827f0000000000010000")]
        public static void Rfc5_7Headers(bool fin, int opcode, int length, string expected)
        {
            int n = FrameEncoder.WriteHeader(Buffer, 3, fin, opcode, length);
            Assert.AreEqual(expected, Bytes.ToHex(Buffer, 3, n));
            Assert.AreEqual(FrameEncoder.HeaderLength(length), n);
        }

        [DataRow(0, "8200")]
        [DataRow(125, "827d")]
        [DataRow(126, "827e007e")]
        [DataRow(127, "827e007f")]
        [DataRow(65535, "827effff")]
        [DataRow(65536, "827f0000000000010000")]
        [DataRow(int.MaxValue, "827f000000007fffffff")]
        public static void BoundaryLengthsUseTheShortestEncoding(int length, string expected)
        {
            int n = FrameEncoder.WriteHeader(Buffer, 0, true, Opcode.Binary, length);
            Assert.AreEqual(expected, Bytes.ToHex(Buffer, 0, n));
        }

        [TestMethod]
        public static void EncodedHeadersDecodeBackOnceMasked()
        {
            // Round trip: our header with the mask bit and a key is what a client would send.
            int[] lengths = new int[] { 0, 125, 126, 65535, 65536 };
            var decoder = new FrameDecoder();
            for (int i = 0; i < lengths.Length; i++)
            {
                int n = FrameEncoder.WriteHeader(Buffer, 0, true, Opcode.Binary, lengths[i]);
                Buffer[1] |= 0x80;
                System.Array.Copy(ClientFrames.Key, 0, Buffer, n, 4);
                decoder.Reset();
                Assert.AreEqual(FrameDecoder.HeaderComplete, decoder.DecodeHeader(Buffer, 0, n + 4));
                Assert.AreEqual((long)lengths[i], decoder.PayloadLength);
            }
        }

        [TestMethod]
        public static void ClosePayloadIsTheCodeInNetworkOrderThenTheReason()
        {
            int n = FrameEncoder.WriteClosePayload(Buffer, 0, CloseStatus.NormalClosure, "bye");
            Assert.AreEqual("03e8627965", Bytes.ToHex(Buffer, 0, n));
            n = FrameEncoder.WriteClosePayload(Buffer, 0, CloseStatus.MessageTooBig, null);
            Assert.AreEqual("03f1", Bytes.ToHex(Buffer, 0, n));
            Assert.AreEqual(0, FrameEncoder.WriteClosePayload(Buffer, 0, 0, "ignored"));
        }

        [TestMethod]
        public static void CloseFrameHasHeaderAndPayload()
        {
            int n = FrameEncoder.WriteCloseFrame(Buffer, 0, CloseStatus.ProtocolError, null);
            Assert.AreEqual("880203ea", Bytes.ToHex(Buffer, 0, n));
            n = FrameEncoder.WriteCloseFrame(Buffer, 0, 0, null);
            Assert.AreEqual("8800", Bytes.ToHex(Buffer, 0, n));
        }

        [TestMethod]
        public static void LongReasonsAreCutToFitAControlFrameOnACharacterBoundary()
        {
            string reason = "";
            for (int i = 0; i < 70; i++) reason += "é"; // 140 bytes of UTF-8
            int n = FrameEncoder.WriteClosePayload(Buffer, 0, 4000, reason);
            Assert.AreEqual(2 + 122, n, "61 two-byte characters fit in 123 bytes");
            Assert.IsTrue(new Viper.Nano.Text.Utf8Validator().IsValidText(Buffer, 2, n - 2));

            string ascii = "";
            for (int i = 0; i < 130; i++) ascii += "x";
            Assert.AreEqual(125, FrameEncoder.WriteClosePayload(Buffer, 0, 4000, ascii));
        }
    }
}
