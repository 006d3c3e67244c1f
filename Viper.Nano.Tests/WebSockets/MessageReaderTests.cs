using System;
using System.Text;
using nanoFramework.TestFramework;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class MessageReaderTests
    {
        private static byte[] _buffer;
        private static MessageReader _reader;
        private static int _lastOffset;

        // Feeds the stream in pieces of <chunk> bytes and logs every event:
        // "T:text" / "B:hex" for messages, "C<opcode>:hex" for control frames, "F<code>" for a
        // failure (after which the reader discards, as the connection would).
        private static string Run(byte[] stream, int chunk, int bufferSize, int maxMessage)
        {
            _buffer = new byte[bufferSize];
            // 1000 stands for "no lower limit than the buffer's": the reader refuses a limit
            // over its buffer's capacity instead of lowering it.
            int capacity = MessageReader.Capacity(bufferSize);
            _reader = new MessageReader(_buffer, maxMessage > capacity ? capacity : maxMessage, 0, 0);
            var log = new StringBuilder();
            int fed = 0;
            while (true)
            {
                int e = _reader.Process();
                if (e == MessageReader.NeedMore)
                {
                    if (fed == stream.Length) return log.ToString();
                    int space = _reader.PrepareRead();
                    int n = stream.Length - fed;
                    if (n > chunk) n = chunk;
                    if (n > space) n = space;
                    Array.Copy(stream, fed, _buffer, _reader.ReadOffset, n);
                    _reader.Filled(n);
                    fed += n;
                    continue;
                }

                if (log.Length > 0) log.Append('|');
                if (e == MessageReader.Message)
                {
                    _lastOffset = _reader.MessageOffset;
                    if (_reader.MessageOpcode == Opcode.Text)
                    {
                        log.Append("T:").Append(Encoding.UTF8.GetString(_buffer, _reader.MessageOffset, _reader.MessageCount));
                    }
                    else
                    {
                        log.Append("B:").Append(Bytes.ToHex(_buffer, _reader.MessageOffset, _reader.MessageCount));
                    }
                }
                else if (e == MessageReader.Control)
                {
                    log.Append('C').Append(_reader.ControlOpcode.ToString()).Append(':')
                        .Append(Bytes.ToHex(_reader.ControlFrame, MessageReader.ControlPayloadOffset, _reader.ControlLength));
                }
                else
                {
                    log.Append('F').Append(_reader.FailCode.ToString());
                    _reader.BeginDiscarding();
                }
            }
        }

        private static void Both(string expected, byte[] stream, int bufferSize, int maxMessage)
        {
            Assert.AreEqual(expected, Run(stream, int.MaxValue, bufferSize, maxMessage), "whole");
            Assert.AreEqual(expected, Run(stream, 1, bufferSize, maxMessage), "byte by byte");
            Assert.AreEqual(expected, Run(stream, 7, bufferSize, maxMessage), "7 bytes at a time");
        }

        private static byte[] Join(byte[][] frames)
        {
            byte[] all = new byte[0];
            for (int i = 0; i < frames.Length; i++) all = ClientFrames.Concat(all, frames[i]);
            return all;
        }

        [TestMethod]
        public static void Rfc5_7MaskedHelloIsDeliveredInPlace()
        {
            Both("T:Hello", Bytes.FromHex("81 85 37fa213d 7f9f4d5158"), 256, 1000);
            Assert.AreEqual(6, _lastOffset, "single-frame messages are not moved");
        }

        [TestMethod]
        public static void Rfc5_7FragmentsAreJoinedWithAPingAnsweredInBetween()
        {
            byte[] stream = Join(new byte[][]
            {
                ClientFrames.Masked(false, Opcode.Text, Bytes.Ascii("Hel")),
                ClientFrames.Masked(true, Opcode.Ping, Bytes.Ascii("Hello")),
                ClientFrames.Masked(true, Opcode.Continuation, Bytes.Ascii("lo")),
            });
            Both("C9:48656c6c6f|T:Hello", stream, 256, 1000);
        }

        [TestMethod]
        public static void SeveralMessagesInOneRead()
        {
            byte[] stream = Join(new byte[][]
            {
                ClientFrames.Text("one"),
                ClientFrames.Masked(true, Opcode.Binary, new byte[] { 1, 2 }),
                ClientFrames.Masked(true, Opcode.Pong, new byte[0]),
                ClientFrames.Text(""),
                ClientFrames.Masked(false, Opcode.Binary, new byte[] { 3 }),
                ClientFrames.Masked(false, Opcode.Continuation, new byte[0]),
                ClientFrames.Masked(true, Opcode.Continuation, new byte[] { 4 }),
            });
            Both("T:one|B:0102|C10:|T:|B:0304", stream, 64, 36);
        }

        [TestMethod]
        public static void ManyMessagesThroughASmallBufferKeepTheirContent()
        {
            byte[] stream = new byte[0];
            string expected = "";
            for (int i = 0; i < 20; i++)
            {
                string text = "message " + i + " with some length";
                stream = ClientFrames.Concat(stream, ClientFrames.Text(text));
                expected += (i == 0 ? "" : "|") + "T:" + text;
            }

            Both(expected, stream, 64, 36);
        }

        [TestMethod]
        public static void AMessageOfExactlyTheLimitFitsAndOneMoreByteIs1009()
        {
            // A 64-byte buffer assembles up to 64 - 2 * 14 = 36 bytes.
            Assert.AreEqual(36, MessageReader.Capacity(64));
            byte[] exactly = Bytes.Repeat(0x41, 36);
            Both("T:" + Encoding.UTF8.GetString(exactly, 0, 36), ClientFrames.Masked(true, Opcode.Text, exactly), 64, 1000);
            Both("F1009", ClientFrames.Masked(true, Opcode.Text, Bytes.Repeat(0x41, 37)), 64, 1000);
            Both("F1009", ClientFrames.Masked(true, Opcode.Binary, Bytes.Repeat(1, 11)), 256, 10);
        }

        [TestMethod]
        public static void FragmentsAddingUpPastTheLimitAre1009AtTheFrameThatCrossesIt()
        {
            byte[] stream = Join(new byte[][]
            {
                ClientFrames.Masked(false, Opcode.Binary, Bytes.Repeat(1, 6)),
                ClientFrames.Masked(false, Opcode.Continuation, Bytes.Repeat(2, 4)),
                ClientFrames.Masked(true, Opcode.Continuation, Bytes.Repeat(3, 1)),
                ClientFrames.Close(1000, new byte[0]),
            });
            Both("F1009|C8:03e8", stream, 256, 10);
        }

        [TestMethod]
        public static void AHugeFrameIsRefusedFromItsHeaderAlone()
        {
            // Only the header arrives: the verdict must not wait for (or buffer) the payload.
            Both("F1009", ClientFrames.Header(0x82, 65536, true), 1024, 996);
        }

        [TestMethod]
        public static void InvalidUtf8InTextIs1007EvenAcrossFragments()
        {
            Both("F1007", ClientFrames.Masked(true, Opcode.Text, Bytes.FromHex("cebae1bdb9cf83cebcceb5eda080")), 256, 1000);
            byte[] split = Join(new byte[][]
            {
                ClientFrames.Masked(false, Opcode.Text, Bytes.FromHex("41ed")),
                ClientFrames.Masked(true, Opcode.Continuation, Bytes.FromHex("a080")),
            });
            Both("F1007", split, 256, 1000);
        }

        [TestMethod]
        public static void TextCutInsideACharacterAtTheLastFragmentIs1007()
        {
            Both("F1007", ClientFrames.Masked(true, Opcode.Text, Bytes.FromHex("41f09f98")), 256, 1000);
        }

        [TestMethod]
        public static void ACharacterSplitAcrossFragmentsIsFine()
        {
            byte[] stream = Join(new byte[][]
            {
                ClientFrames.Masked(false, Opcode.Text, Bytes.FromHex("f09f")),
                ClientFrames.Masked(false, Opcode.Continuation, Bytes.FromHex("98")),
                ClientFrames.Masked(true, Opcode.Continuation, Bytes.FromHex("80")),
            });
            Both("T:\U0001F600", stream, 256, 1000);
        }

        [TestMethod]
        public static void BinaryIsNotCheckedAsUtf8()
        {
            Both("B:ffeda080", ClientFrames.Masked(true, Opcode.Binary, Bytes.FromHex("ffeda080")), 256, 1000);
        }

        [TestMethod]
        public static void ProtocolErrorsAre1002AndTheCloseAfterThemIsStillFound()
        {
            byte[] stream = ClientFrames.Concat(Bytes.FromHex("81 05 48656c6c6f"), ClientFrames.Close(1002, new byte[0]));
            Both("F1002|C8:03ea", stream, 256, 1000);
            stream = ClientFrames.Concat(ClientFrames.Masked(false, Opcode.Ping, new byte[0]), ClientFrames.Close(0, null));
            Both("F1002|C9:|C8:", stream, 256, 1000); // the bad Ping itself is still framed; closing ignores it
        }

        [TestMethod]
        public static void AnOversizedControlFrameIs1002AndIsSkippedWhileClosing()
        {
            byte[] stream = ClientFrames.Concat(ClientFrames.Masked(true, Opcode.Ping, Bytes.Repeat(5, 300)), ClientFrames.Close(1000, new byte[0]));
            Both("F1002|C9:" + Bytes.ToHex(Bytes.Repeat(5, 125), 0, 125) + "|C8:03e8", stream, 256, 1000);
        }

        [TestMethod]
        public static void ControlFramesOf125BytesFitBehindAFullMessage()
        {
            byte[] stream = Join(new byte[][]
            {
                ClientFrames.Masked(false, Opcode.Binary, Bytes.Repeat(7, 36)),
                ClientFrames.Masked(true, Opcode.Ping, Bytes.Repeat(9, 125)),
                ClientFrames.Masked(true, Opcode.Continuation, new byte[0]),
            });
            string expected = "C9:" + Bytes.ToHex(Bytes.Repeat(9, 125), 0, 125) + "|B:" + Bytes.ToHex(Bytes.Repeat(7, 36), 0, 36);
            Both(expected, stream, 64, 36);
        }

        [TestMethod]
        public static void BytesPendingAfterTheRequestHeadAreReadFirst()
        {
            byte[] buffer = new byte[128];
            byte[] frame = ClientFrames.Text("early");
            Array.Copy(frame, 0, buffer, 100, frame.Length);
            var reader = new MessageReader(buffer, MessageReader.Capacity(128), 100, frame.Length);
            Assert.AreEqual(MessageReader.Message, reader.Process());
            Assert.AreEqual("early", Encoding.UTF8.GetString(buffer, reader.MessageOffset, reader.MessageCount));
            Assert.AreEqual(MessageReader.NeedMore, reader.Process());
            Assert.AreEqual(128, reader.PrepareRead(), "an empty buffer is reused from the start");
            Assert.AreEqual(128 - 28, reader.MaxMessageSize, "the limit follows the buffer");
        }

        [DataRow("", 0)]
        [DataRow("03e8", 0)]
        [DataRow("03e8 627965", 0)]
        [DataRow("0fa0 cebae1bdb9cf83cebcceb5", 0)]
        [DataRow("03", 1002)]
        [DataRow("03ed", 1002)]          // 1005
        [DataRow("03ee", 1002)]          // 1006
        [DataRow("03f7", 1002)]          // 1015
        [DataRow("03e7", 1002)]          // 999
        [DataRow("1388", 1002)]          // 5000
        [DataRow("03e8 ff", 1007)]
        [DataRow("03e8 eda080", 1007)]
        public static void ClosePayloadChecks(string payloadHex, int expected)
        {
            byte[] payload = Bytes.FromHex(payloadHex);
            Run(ClientFrames.Masked(true, Opcode.Close, payload), int.MaxValue, 256, 1000);
            Assert.AreEqual(payload.Length, _reader.ControlLength);
            Assert.AreEqual(expected, _reader.CheckClosePayload());
        }

        // Regression vector from the fuzzer (host/FuzzTests): checking a Close's
        // reason reset the UTF-8 state of the text message in progress, so "41 ed" + "d2 a0"
        // around a Close came out as a text message that is not UTF-8.
        [TestMethod]
        public static void CheckingACloseReasonKeepsTheTextInProgress()
        {
            byte[] stream = Join(new byte[][]
            {
                ClientFrames.Masked(false, Opcode.Text, Bytes.FromHex("41ed")),
                ClientFrames.Close(1000, Bytes.Ascii("ok")),
                ClientFrames.Masked(true, Opcode.Continuation, Bytes.FromHex("d2a0")),
            });
            byte[] buffer = new byte[256];
            Array.Copy(stream, 0, buffer, 27, stream.Length);
            var reader = new MessageReader(buffer, MessageReader.Capacity(256), 27, stream.Length);
            Assert.AreEqual(MessageReader.Control, reader.Process());
            Assert.AreEqual(0, reader.CheckClosePayload());
            Assert.AreEqual(MessageReader.Fail, reader.Process());
            Assert.AreEqual(CloseStatus.InvalidPayloadData, reader.FailCode);
        }

        [TestMethod]
        public static void ReceivedCloseCode()
        {
            Run(ClientFrames.Close(4001, Bytes.Ascii("bye")), int.MaxValue, 256, 1000);
            Assert.AreEqual(4001, _reader.ReceivedCloseCode);
            Run(ClientFrames.Close(0, null), int.MaxValue, 256, 1000);
            Assert.AreEqual(CloseStatus.NoStatusReceived, _reader.ReceivedCloseCode);
        }
    }
}
