using System;
using nanoFramework.TestFramework;
using Viper.Nano.Server;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    // Protocol errors and keepalive as the handler sees them through Receive.
    [TestClass]
    public class WebSocketReceiverTests
    {
        private static WebSocketMessage ReceiveAfter(byte[] inbound, ServerOptions options, MemoryTransport transport)
        {
            WebSocket ws = TestSockets.Open(transport, options);
            transport.AddInbound(inbound);
            return ws.Receive();
        }

        [DataRow("81 05 48656c6c6f", 1002)]               // unmasked (RFC 6455 5.7 server form)
        [DataRow("c1 80 37fa213d", 1002)]                 // RSV1 without permessage-deflate
        [DataRow("83 80 37fa213d", 1002)]                 // reserved opcode 3
        [DataRow("09 80 37fa213d", 1002)]                 // fragmented Ping
        [DataRow("89 fe 007e 37fa213d", 1002)]            // 126-byte Ping
        [DataRow("80 80 37fa213d", 1002)]                 // continuation with nothing to continue
        [DataRow("82 ff 8000000000000000 37fa213d", 1002)] // 64-bit length with the top bit
        [DataRow("81 82 37fa213d f755", 1007)]            // C0 AF masked: overlong "/"
        public static void ProtocolErrorsCloseWithTheRightCode(string hex, int code)
        {
            var transport = new MemoryTransport();
            transport.PeerClosesAtEnd = false;
            byte[] inbound = ClientFrames.Concat(Bytes.FromHex(hex), ClientFrames.Close(code, new byte[0]));
            WebSocketMessage m = ReceiveAfter(inbound, TestSockets.Options(), transport);
            Assert.AreEqual((int)MessageType.Close, (int)m.Type);
            Assert.AreEqual(code, m.CloseCode);
            string sent = ServerFrames.Describe(transport.Sent);
            Assert.AreEqual("C8:03" + (code == 1002 ? "ea" : "ef"), sent);
            Assert.IsFalse(transport.IsOpen, "closed once the peer answered");
        }

        [TestMethod]
        public static void TooBigIs1009AndTheRestIsReadAndDiscardedUpToTheClose()
        {
            var transport = new MemoryTransport();
            transport.PeerClosesAtEnd = false;
            ServerOptions options = TestSockets.Options();
            options.MaxMessageSize = 10;
            byte[] inbound = ClientFrames.Concat(ClientFrames.Masked(true, Opcode.Binary, Bytes.Repeat(1, 11)), ClientFrames.Text("after"));
            inbound = ClientFrames.Concat(inbound, ClientFrames.Close(1009, new byte[0]));
            WebSocketMessage m = ReceiveAfter(inbound, options, transport);
            Assert.AreEqual(CloseStatus.MessageTooBig, m.CloseCode);
            Assert.AreEqual("C8:03f1", ServerFrames.Describe(transport.Sent));
            Assert.IsFalse(transport.IsOpen);
        }

        [TestMethod]
        public static void TooBigFragmentedIs1009Too()
        {
            var transport = new MemoryTransport();
            ServerOptions options = TestSockets.Options();
            options.MaxMessageSize = 10;
            byte[] inbound = ClientFrames.Concat(ClientFrames.Masked(false, Opcode.Text, Bytes.Ascii("123456")),
                ClientFrames.Masked(true, Opcode.Continuation, Bytes.Ascii("7890X")));
            Assert.AreEqual(CloseStatus.MessageTooBig, ReceiveAfter(inbound, options, transport).CloseCode);
        }

        [TestMethod]
        public static void MessageOfExactlyTheLimitIsDelivered()
        {
            var transport = new MemoryTransport();
            ServerOptions options = TestSockets.Options();
            options.MaxMessageSize = 10;
            WebSocketMessage m = ReceiveAfter(ClientFrames.Text("1234567890"), options, transport);
            Assert.AreEqual("1234567890", m.Text);
        }

        [TestMethod]
        public static void TheLimitNeverExceedsWhatTheReceiveBufferHolds()
        {
            var transport = new MemoryTransport();
            ServerOptions options = TestSockets.Options();
            options.MaxMessageSize = MessageReader.Capacity(options.ReceiveBufferSize);
            byte[] fits = Bytes.Repeat(0x61, 256 - 28);
            WebSocketMessage m = ReceiveAfter(ClientFrames.Masked(true, Opcode.Text, fits), options, transport);
            Assert.AreEqual(fits.Length, m.Count);
            var transport2 = new MemoryTransport();
            m = ReceiveAfter(ClientFrames.Masked(true, Opcode.Text, Bytes.Repeat(0x61, 256 - 27)), options, transport2);
            Assert.AreEqual(CloseStatus.MessageTooBig, m.CloseCode);
        }

        [TestMethod]
        public static void AQuietPeerIsPingedThenDroppedWith1006()
        {
            var transport = new MemoryTransport();
            transport.PeerClosesAtEnd = false;
            ServerOptions options = TestSockets.Options();
            options.PingIntervalMs = 30;
            options.PongTimeoutMs = 30;
            WebSocket ws = TestSockets.Open(transport, options);
            DateTime start = DateTime.UtcNow;
            WebSocketMessage m = ws.Receive();
            long ms = (DateTime.UtcNow.Ticks - start.Ticks) / 10000;
            Assert.AreEqual(CloseStatus.AbnormalClosure, m.CloseCode);
            Assert.IsTrue(ms >= 55 && ms < 3000, "dropped after " + ms + " ms");
            Assert.StartsWith("C9:", ServerFrames.Describe(transport.Sent));
            Assert.IsFalse(transport.IsOpen);
        }

        [TestMethod]
        public static void APongKeepsThePeerAlive()
        {
            var transport = new MemoryTransport();
            ServerOptions options = TestSockets.Options();
            options.PingIntervalMs = 20;
            options.PongTimeoutMs = 500;
            WebSocket ws = TestSockets.Open(transport, options);
            transport.AddInbound(ClientFrames.Masked(true, Opcode.Pong, new byte[0]));
            transport.AddInbound(ClientFrames.Text("still here"));
            Assert.AreEqual("still here", ws.Receive().Text);
        }

        // Issue 15, item 8: a client sending one byte of a frame every few seconds was never
        // silent, so the keepalive never fired and it held its slot for ever.
        private static WebSocketMessage Trickle(byte[] inbound, int frameTimeoutMs, int messageTimeoutMs, MemoryTransport transport, out long ms)
        {
            transport.PeerClosesAtEnd = false;
            transport.MaxChunk = 1;
            ServerOptions options = TestSockets.Options();
            options.FrameTimeoutMs = frameTimeoutMs;
            options.MessageTimeoutMs = messageTimeoutMs;
            WebSocket ws = TestSockets.Open(transport, options);
            transport.AddInbound(inbound);
            transport.DelayMs = 20;
            long start = DateTime.UtcNow.Ticks;
            WebSocketMessage m = ws.Receive();
            ms = (DateTime.UtcNow.Ticks - start) / 10000;
            return m;
        }

        [TestMethod]
        public static void AFrameTricklingPastFrameTimeoutIsClosedWith1008()
        {
            var transport = new MemoryTransport();
            // 106 bytes at one per 20 ms: about 2 s, against a 150 ms frame deadline.
            WebSocketMessage m = Trickle(ClientFrames.Masked(true, Opcode.Text, Bytes.Repeat(0x61, 100)), 150, 1000, transport, out long ms);
            Assert.AreEqual((int)MessageType.Close, (int)m.Type);
            Assert.AreEqual(CloseStatus.PolicyViolation, m.CloseCode);
            Assert.AreEqual("C8:03f0", ServerFrames.Describe(transport.Sent));
            Assert.IsFalse(transport.IsOpen, "the slot is free once the close timeout has passed");
            Assert.IsTrue(ms < 1500, "closed after " + ms + " ms, not when the frame would have ended");
        }

        [TestMethod]
        public static void AMessageWhoseFragmentsTrickleIsClosedWith1008AtMessageTimeout()
        {
            var transport = new MemoryTransport();
            // Ten 1-byte fragments (7 bytes each): every frame is done in 140 ms, well within
            // its 400 ms, but the message as a whole takes 1.4 s against a 300 ms bound.
            byte[] inbound = new byte[0];
            for (int i = 0; i < 10; i++)
            {
                inbound = ClientFrames.Concat(inbound, ClientFrames.Masked(i == 9, i == 0 ? Opcode.Text : Opcode.Continuation, Bytes.Ascii("x")));
            }

            WebSocketMessage m = Trickle(inbound, 300, 300, transport, out long ms);
            Assert.AreEqual(CloseStatus.PolicyViolation, m.CloseCode);
            Assert.AreEqual("C8:03f0", ServerFrames.Describe(transport.Sent));
            Assert.IsTrue(ms < 1200, "closed after " + ms + " ms");
        }

        [TestMethod]
        public static void ASlowFrameThatEndsInTimeIsDelivered()
        {
            var transport = new MemoryTransport();
            // 11 bytes at 20 ms: about 220 ms, within 1 s.
            WebSocketMessage m = Trickle(ClientFrames.Text("hello"), 1000, 2000, transport, out long ms);
            Assert.AreEqual((int)MessageType.Text, (int)m.Type);
            Assert.AreEqual("hello", m.Text);
            Assert.AreEqual("", ServerFrames.Describe(transport.Sent));
        }
    }
}
