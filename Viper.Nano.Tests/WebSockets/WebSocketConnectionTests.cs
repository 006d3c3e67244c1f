using System;
using nanoFramework.TestFramework;
using Viper.Nano.Server;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    // The closing handshake and send failures, through the WebSocket object.
    [TestClass]
    public class WebSocketConnectionTests
    {
        private static void AssertClose(WebSocketMessage m, int code, string reason)
        {
            Assert.AreEqual((int)MessageType.Close, (int)m.Type);
            Assert.AreEqual(code, m.CloseCode);
            Assert.AreEqual(reason, m.CloseReason);
        }

        [TestMethod]
        public static void PeerCloseIsEchoedAndTheServerClosesTcp()
        {
            var transport = new MemoryTransport();
            transport.PeerClosesAtEnd = false;
            WebSocket ws = TestSockets.Open(transport, TestSockets.Options());
            transport.AddInbound(ClientFrames.Close(1000, Bytes.Ascii("bye")));
            AssertClose(ws.Receive(), 1000, "bye");
            Assert.AreEqual("C8:03e8", ServerFrames.Describe(transport.Sent));
            Assert.IsFalse(transport.IsOpen, "RFC 6455 7.1.1: the server closes TCP first");
            Assert.AreEqual((int)WebSocketState.Closed, (int)ws.State);
            AssertClose(ws.Receive(), 1000, "bye");
            Assert.IsFalse(ws.SendText("too late"));
        }

        [TestMethod]
        public static void PeerCloseWithoutACodeIsReportedAs1005AndAnsweredEmpty()
        {
            var transport = new MemoryTransport();
            WebSocket ws = TestSockets.Open(transport, TestSockets.Options());
            transport.AddInbound(ClientFrames.Close(0, null));
            AssertClose(ws.Receive(), CloseStatus.NoStatusReceived, "");
            Assert.AreEqual("C8:", ServerFrames.Describe(transport.Sent));
        }

        [DataRow("03", 1002)]       // one byte
        [DataRow("03ed", 1002)]     // 1005 may not be sent
        [DataRow("03ee", 1002)]     // 1006 either
        [DataRow("0bb7", 1002)]     // 2999 is reserved
        [DataRow("03e8 c0af", 1007)] // reason is not UTF-8
        public static void InvalidClosePayloadsAreAnsweredWithTheError(string payloadHex, int code)
        {
            var transport = new MemoryTransport();
            WebSocket ws = TestSockets.Open(transport, TestSockets.Options());
            transport.AddInbound(ClientFrames.Masked(true, Opcode.Close, Bytes.FromHex(payloadHex)));
            AssertClose(ws.Receive(), code, "");
            Assert.AreEqual("C8:" + (code == 1002 ? "03ea" : "03ef"), ServerFrames.Describe(transport.Sent));
            Assert.IsFalse(transport.IsOpen);
        }

        [TestMethod]
        public static void ServerCloseWaitsForThePeersCloseAndDropsDataMeanwhile()
        {
            var transport = new MemoryTransport();
            transport.PeerClosesAtEnd = false;
            WebSocket ws = TestSockets.Open(transport, TestSockets.Options());
            transport.AddInbound(ClientFrames.Text("in flight"));
            transport.AddInbound(ClientFrames.Close(1000, new byte[0]));
            transport.AddInbound(ClientFrames.Text("never read"));
            ws.Close(4000, "done");
            Assert.AreEqual((int)WebSocketState.Closed, (int)ws.State);
            Assert.AreEqual("C8:0fa0646f6e65", ServerFrames.Describe(transport.Sent));
            Assert.IsFalse(transport.IsOpen);
            AssertClose(ws.Receive(), 4000, "done");
            ws.Close();
            Assert.AreEqual("C8:0fa0646f6e65", ServerFrames.Describe(transport.Sent), "a second Close sends nothing");
        }

        [TestMethod]
        public static void ServerCloseGivesUpAfterTheCloseTimeout()
        {
            var transport = new MemoryTransport();
            transport.PeerClosesAtEnd = false;
            ServerOptions options = TestSockets.Options();
            options.CloseTimeoutMs = 50;
            WebSocket ws = TestSockets.Open(transport, options);
            DateTime start = DateTime.UtcNow;
            ws.Close();
            long ms = (DateTime.UtcNow.Ticks - start.Ticks) / 10000;
            Assert.IsTrue(ms >= 45 && ms < 2000, "waited " + ms + " ms");
            Assert.AreEqual((int)WebSocketState.Closed, (int)ws.State);
            Assert.IsFalse(transport.IsOpen);
            AssertClose(ws.Receive(), 1000, "");
        }

        [TestMethod]
        public static void InvalidCodesCannotBeSent()
        {
            WebSocket ws = TestSockets.Open(new MemoryTransport(), TestSockets.Options());
            Assert.ThrowsException(typeof(ArgumentException), () => ws.Close(CloseStatus.NoStatusReceived, null));
            Assert.ThrowsException(typeof(ArgumentException), () => ws.Close(CloseStatus.AbnormalClosure, null));
            Assert.ThrowsException(typeof(ArgumentException), () => ws.Close(999, null));
            Assert.AreEqual((int)WebSocketState.Open, (int)ws.State);
        }

        [TestMethod]
        public static void SendOnAFailedTransportReturnsFalseAndCloses()
        {
            var transport = new MemoryTransport();
            WebSocket ws = TestSockets.Open(transport, TestSockets.Options());
            transport.FailSends = true;
            Assert.IsFalse(ws.SendText("lost"));
            Assert.AreEqual((int)WebSocketState.Closed, (int)ws.State);
            Assert.IsFalse(ws.SendBytes(new byte[1]));
            Assert.IsFalse(ws.SendFrame(new byte[] { 0x81, 0 }, 0, 2));
            Assert.IsFalse(ws.Ping());
            AssertClose(ws.Receive(), CloseStatus.AbnormalClosure, "");
        }

        [TestMethod]
        public static void AbortDropsWithoutAHandshake()
        {
            var transport = new MemoryTransport();
            WebSocket ws = TestSockets.Open(transport, TestSockets.Options());
            ws.Abort();
            Assert.AreEqual(0, transport.Sent.Length);
            Assert.IsFalse(transport.IsOpen);
            AssertClose(ws.Receive(), CloseStatus.AbnormalClosure, "");
        }

        [TestMethod]
        public static void CloseBeforeAcceptJustClosesTheConnection()
        {
            var transport = new MemoryTransport();
            WebSocket ws = TestSockets.Create(transport, TestSockets.Options(), null, FakeUpgradeRequest.Valid("/"));
            ws.Close();
            Assert.AreEqual(0, transport.Sent.Length);
            Assert.AreEqual((int)WebSocketState.Closed, (int)ws.State);
        }
    }
}
