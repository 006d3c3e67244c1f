using nanoFramework.TestFramework;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class FrameDecoderTests
    {
        private static readonly FrameDecoder Decoder = new FrameDecoder();

        // RFC 6455 section 5.7: a single-frame masked text message containing "Hello".
        private const string MaskedHello = "81 85 37fa213d 7f9f4d5158";

        private static int Fresh(byte[] data, int offset, int count)
        {
            Decoder.Reset();
            return Decoder.DecodeHeader(data, offset, count);
        }

        [TestMethod]
        public static void Rfc5_7MaskedHelloWhole()
        {
            byte[] frame = Bytes.FromHex(MaskedHello);
            Assert.AreEqual(FrameDecoder.HeaderComplete, Fresh(frame, 0, frame.Length));
            Assert.AreEqual(6, Decoder.Consumed);
            Assert.IsTrue(Decoder.Fin);
            Assert.AreEqual(Opcode.Text, Decoder.Opcode);
            Assert.AreEqual(Opcode.Text, Decoder.MessageOpcode);
            Assert.IsTrue(Decoder.Masked);
            Assert.AreEqual(5L, Decoder.PayloadLength);
            Assert.IsTrue(Decoder.InPayload);
            Assert.AreEqual(5, Decoder.UnmaskPayload(frame, 6, 5));
            Assert.AreEqual("48656c6c6f", Bytes.ToHex(frame, 6, 5));
            Assert.IsFalse(Decoder.InPayload);
            Assert.AreEqual(0L, Decoder.PayloadRemaining);
        }

        [TestMethod]
        public static void Rfc5_7MaskedHelloByteByByte()
        {
            byte[] frame = Bytes.FromHex(MaskedHello);
            Decoder.Reset();
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(FrameDecoder.NeedMore, Decoder.DecodeHeader(frame, i, 1), "byte " + i);
                Assert.AreEqual(1, Decoder.Consumed);
            }

            Assert.AreEqual(FrameDecoder.HeaderComplete, Decoder.DecodeHeader(frame, 5, 1));
            for (int i = 6; i < frame.Length; i++) Assert.AreEqual(1, Decoder.UnmaskPayload(frame, i, 1));
            Assert.AreEqual("48656c6c6f", Bytes.ToHex(frame, 6, 5));
            Assert.IsFalse(Decoder.InPayload);
        }

        [TestMethod]
        public static void EveryTruncatedHeaderPrefixNeedsMore()
        {
            long[] lengths = new long[] { 0, 5, 125, 126, 127, 65535, 65536 };
            for (int k = 0; k < lengths.Length; k++)
            {
                byte[] header = ClientFrames.Header(0x82, lengths[k], true);
                for (int prefix = 0; prefix < header.Length; prefix++)
                {
                    Assert.AreEqual(FrameDecoder.NeedMore, Fresh(header, 0, prefix), "length " + lengths[k] + " prefix " + prefix);
                    Assert.AreEqual(prefix, Decoder.Consumed);
                }

                Assert.AreEqual(FrameDecoder.HeaderComplete, Fresh(header, 0, header.Length));
                Assert.AreEqual(header.Length, Decoder.Consumed);
            }
        }

        // Boundary lengths of section 5.2: 7 bits up to 125, 16 bits for 126..65535, 64 bits beyond.
        [DataRow(0, 6)]
        [DataRow(1, 6)]
        [DataRow(125, 6)]
        [DataRow(126, 8)]
        [DataRow(127, 8)]
        [DataRow(256, 8)]
        [DataRow(65535, 8)]
        [DataRow(65536, 14)]
        [DataRow(int.MaxValue, 14)]
        public static void LengthEncodings(int length, int headerLength)
        {
            byte[] header = ClientFrames.Header(0x82, length, true);
            Assert.AreEqual(headerLength, header.Length);
            Assert.AreEqual(FrameDecoder.HeaderComplete, Fresh(header, 0, header.Length));
            Assert.AreEqual((long)length, Decoder.PayloadLength);
            Assert.AreEqual(length > 0, Decoder.InPayload);

            Decoder.Reset();
            int status = FrameDecoder.NeedMore;
            for (int i = 0; i < header.Length; i++) status = Decoder.DecodeHeader(header, i, 1);
            Assert.AreEqual(FrameDecoder.HeaderComplete, status);
            Assert.AreEqual((long)length, Decoder.PayloadLength);
        }

        // RFC 6455 section 5.7: 256 bytes and 64 KiB of binary data in one frame (the RFC shows
        // the unmasked server form; a client sends the same with the mask bit and a key).
        [DataRow("82 fe 0100 37fa213d", 256)]
        [DataRow("82 ff 0000000000010000 37fa213d", 65536)]
        public static void Rfc5_7LargeBinaryHeaders(string hex, int length)
        {
            byte[] header = Bytes.FromHex(hex);
            Assert.AreEqual(FrameDecoder.HeaderComplete, Fresh(header, 0, header.Length));
            Assert.AreEqual(Opcode.Binary, Decoder.Opcode);
            Assert.AreEqual((long)length, Decoder.PayloadLength);
        }

        // Section 5.2 asks for the minimal length encoding but does not make the receiver check it.
        [DataRow("81 fe 0005 37fa213d")]
        [DataRow("81 ff 0000000000000005 37fa213d")]
        public static void NonMinimalLengthEncodingsAreAccepted(string hex)
        {
            byte[] header = Bytes.FromHex(hex);
            Assert.AreEqual(FrameDecoder.HeaderComplete, Fresh(header, 0, header.Length));
            Assert.AreEqual(5L, Decoder.PayloadLength);
        }

        [TestMethod]
        public static void SixtyFourBitLengthWithTheTopBitSetIs1002()
        {
            byte[] header = Bytes.FromHex("82 ff 8000000000000000 37fa213d");
            Assert.AreEqual(FrameDecoder.Invalid, Fresh(header, 0, header.Length));
            Assert.AreEqual(CloseStatus.ProtocolError, Decoder.FailCode);
            Assert.AreEqual(3, Decoder.Consumed);
        }

        // RFC 6455 section 5.7's unmasked frames are what a server sends: from a client they
        // break section 5.1 ("a server MUST close the connection upon receiving a frame that is
        // not masked").
        [DataRow("81 05 48656c6c6f")]
        [DataRow("89 05 48656c6c6f")]
        [DataRow("01 03 48656c")]
        [DataRow("82 7e 0100")]
        public static void Rfc5_7UnmaskedFramesAre1002FromAClient(string hex)
        {
            byte[] frame = Bytes.FromHex(hex);
            Assert.AreEqual(FrameDecoder.Invalid, Fresh(frame, 0, frame.Length));
            Assert.AreEqual(CloseStatus.ProtocolError, Decoder.FailCode);
            Assert.AreEqual(2, Decoder.Consumed);
        }

        [DataRow(0x40)]
        [DataRow(0x20)]
        [DataRow(0x10)]
        [DataRow(0x70)]
        public static void RsvBitsWithoutAnExtensionAre1002(int rsv)
        {
            byte[] frame = ClientFrames.WithRsv(rsv, Opcode.Text, Bytes.Ascii("x"));
            Assert.AreEqual(FrameDecoder.Invalid, Fresh(frame, 0, frame.Length));
            Assert.AreEqual(CloseStatus.ProtocolError, Decoder.FailCode);
            Assert.AreEqual(1, Decoder.Consumed);
        }

        [DataRow(3)]
        [DataRow(4)]
        [DataRow(5)]
        [DataRow(6)]
        [DataRow(7)]
        [DataRow(11)]
        [DataRow(12)]
        [DataRow(13)]
        [DataRow(14)]
        [DataRow(15)]
        public static void ReservedOpcodesAre1002(int opcode)
        {
            byte[] frame = ClientFrames.Masked(true, opcode, new byte[0]);
            Assert.AreEqual(FrameDecoder.Invalid, Fresh(frame, 0, frame.Length));
            Assert.AreEqual(CloseStatus.ProtocolError, Decoder.FailCode);
        }

        [DataRow(Opcode.Ping)]
        [DataRow(Opcode.Pong)]
        [DataRow(Opcode.Close)]
        public static void ControlPayloadsOf125AreFineAnd126Is1002(int opcode)
        {
            byte[] ok = ClientFrames.Header(0x80 | opcode, 125, true);
            Assert.AreEqual(FrameDecoder.HeaderComplete, Fresh(ok, 0, ok.Length));
            byte[] tooLong = ClientFrames.Header(0x80 | opcode, 126, true);
            Assert.AreEqual(FrameDecoder.Invalid, Fresh(tooLong, 0, tooLong.Length));
            Assert.AreEqual(2, Decoder.Consumed);
            Assert.AreEqual(CloseStatus.ProtocolError, Decoder.FailCode);
        }

        [DataRow(Opcode.Ping)]
        [DataRow(Opcode.Pong)]
        [DataRow(Opcode.Close)]
        public static void FragmentedControlFramesAre1002(int opcode)
        {
            byte[] frame = ClientFrames.Masked(false, opcode, Bytes.Ascii("x"));
            Assert.AreEqual(FrameDecoder.Invalid, Fresh(frame, 0, frame.Length));
            Assert.AreEqual(1, Decoder.Consumed);
        }

        [TestMethod]
        public static void ContinuationWithoutAMessageIs1002()
        {
            byte[] frame = ClientFrames.Masked(true, Opcode.Continuation, Bytes.Ascii("lo"));
            Assert.AreEqual(FrameDecoder.Invalid, Fresh(frame, 0, frame.Length));
        }

        [DataRow(Opcode.Text)]
        [DataRow(Opcode.Binary)]
        public static void ANewMessageBeforeTheLastFragmentIs1002(int opcode)
        {
            byte[] first = ClientFrames.Masked(false, Opcode.Text, Bytes.Ascii("Hel"));
            Assert.AreEqual(FrameDecoder.HeaderComplete, Fresh(first, 0, first.Length));
            Decoder.SkipPayload(3);
            byte[] second = ClientFrames.Masked(true, opcode, Bytes.Ascii("lo"));
            Assert.AreEqual(FrameDecoder.Invalid, Decoder.DecodeHeader(second, 0, second.Length));
        }

        // RFC 6455 section 5.7's fragmented "Hello" (masked, as a client sends it), with a Ping
        // between the fragments (section 5.4 allows control frames there).
        [TestMethod]
        public static void Rfc5_7FragmentedTextWithAPingInBetween()
        {
            byte[] stream = ClientFrames.Concat(
                ClientFrames.Concat(ClientFrames.Masked(false, Opcode.Text, Bytes.Ascii("Hel")), ClientFrames.Masked(true, Opcode.Ping, Bytes.Ascii("Hello"))),
                ClientFrames.Masked(true, Opcode.Continuation, Bytes.Ascii("lo")));
            Decoder.Reset();
            int p = 0;
            Assert.AreEqual(FrameDecoder.HeaderComplete, Decoder.DecodeHeader(stream, p, stream.Length - p));
            Assert.IsFalse(Decoder.Fin);
            Assert.AreEqual(Opcode.Text, Decoder.Opcode);
            p += Decoder.Consumed;
            p += Decoder.UnmaskPayload(stream, p, stream.Length - p);
            Assert.AreEqual("48656c", Bytes.ToHex(stream, p - 3, 3));

            Assert.AreEqual(FrameDecoder.HeaderComplete, Decoder.DecodeHeader(stream, p, stream.Length - p));
            Assert.AreEqual(Opcode.Ping, Decoder.Opcode);
            Assert.AreEqual(Opcode.Text, Decoder.MessageOpcode, "the message in progress is still text");
            p += Decoder.Consumed;
            p += Decoder.UnmaskPayload(stream, p, stream.Length - p);
            Assert.AreEqual("48656c6c6f", Bytes.ToHex(stream, p - 5, 5));

            Assert.AreEqual(FrameDecoder.HeaderComplete, Decoder.DecodeHeader(stream, p, stream.Length - p));
            Assert.IsTrue(Decoder.Fin);
            Assert.AreEqual(Opcode.Continuation, Decoder.Opcode);
            Assert.AreEqual(Opcode.Text, Decoder.MessageOpcode);
            p += Decoder.Consumed;
            p += Decoder.UnmaskPayload(stream, p, stream.Length - p);
            Assert.AreEqual("6c6f", Bytes.ToHex(stream, p - 2, 2));
            Assert.AreEqual(stream.Length, p);

            // The message is over: a new one may start.
            byte[] next = ClientFrames.Text("again");
            Assert.AreEqual(FrameDecoder.HeaderComplete, Decoder.DecodeHeader(next, 0, next.Length));
        }

        [TestMethod]
        public static void UnmaskingInPiecesKeepsTheMaskPhase()
        {
            byte[] payload = Bytes.Ascii("The quick brown fox");
            byte[] frame = ClientFrames.Masked(true, Opcode.Binary, payload);
            for (int piece = 1; piece <= payload.Length; piece++)
            {
                byte[] copy = (byte[])frame.Clone();
                Assert.AreEqual(FrameDecoder.HeaderComplete, Fresh(copy, 0, copy.Length));
                int p = Decoder.Consumed;
                while (Decoder.InPayload) p += Decoder.UnmaskPayload(copy, p, piece);
                Assert.AreEqual(Bytes.ToHex(payload, 0, payload.Length), Bytes.ToHex(copy, 6, payload.Length), "pieces of " + piece);
            }
        }

        [TestMethod]
        public static void UnmaskingNeverGoesPastTheFrame()
        {
            byte[] stream = ClientFrames.Concat(ClientFrames.Text("ab"), ClientFrames.Text("cd"));
            Fresh(stream, 0, stream.Length);
            Assert.AreEqual(2, Decoder.UnmaskPayload(stream, 6, stream.Length - 6));
            Assert.AreEqual(0, Decoder.UnmaskPayload(stream, 8, stream.Length - 8), "no payload outside a frame");
            Assert.AreEqual(FrameDecoder.HeaderComplete, Decoder.DecodeHeader(stream, 8, stream.Length - 8));
        }

        [TestMethod]
        public static void SkippingKeepsTheMaskPhaseToo()
        {
            byte[] frame = ClientFrames.Masked(true, Opcode.Binary, Bytes.Ascii("abcdefg"));
            Fresh(frame, 0, frame.Length);
            Assert.AreEqual(3, Decoder.SkipPayload(3));
            Assert.AreEqual(4, Decoder.UnmaskPayload(frame, 9, 10));
            Assert.AreEqual("defg", System.Text.Encoding.UTF8.GetString(frame, 9, 4));
        }

        [TestMethod]
        public static void ZeroLengthFramesCompleteWithTheHeader()
        {
            byte[] frame = ClientFrames.Masked(true, Opcode.Text, new byte[0]);
            Assert.AreEqual(FrameDecoder.HeaderComplete, Fresh(frame, 0, frame.Length));
            Assert.IsFalse(Decoder.InPayload);
            Assert.AreEqual(0L, Decoder.PayloadLength);
        }

        [TestMethod]
        public static void LenientModeReadsOnPastAnInvalidHeader()
        {
            // An unmasked text frame, then a masked Close: after the failure, only frame
            // boundaries matter, to find the peer's Close.
            byte[] stream = ClientFrames.Concat(Bytes.FromHex("81 05 48656c6c6f"), ClientFrames.Close(1000, new byte[0]));
            Assert.AreEqual(FrameDecoder.Invalid, Fresh(stream, 0, stream.Length));
            int p = Decoder.Consumed;
            Decoder.Lenient = true;
            Assert.AreEqual(FrameDecoder.HeaderComplete, Decoder.DecodeHeader(stream, p, stream.Length - p));
            p += Decoder.Consumed;
            Assert.AreEqual(5L, Decoder.PayloadLength);
            p += Decoder.SkipPayload(stream.Length - p);
            Assert.AreEqual(FrameDecoder.HeaderComplete, Decoder.DecodeHeader(stream, p, stream.Length - p));
            Assert.AreEqual(Opcode.Close, Decoder.Opcode);
        }
    }
}
