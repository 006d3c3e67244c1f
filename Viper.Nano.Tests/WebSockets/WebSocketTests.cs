using System;
using System.Collections;
using nanoFramework.TestFramework;
using Viper.Nano.Server;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class WebSocketTests
    {
        [TestMethod]
        public static void AcceptAnswers101AndNegotiatesTheRoutesFirstOfferedProtocol()
        {
            var transport = new MemoryTransport();
            var request = FakeUpgradeRequest.Valid("/ws/mqtt");
            request.Add("Sec-WebSocket-Protocol", "mqttv5, mqtt");
            WebSocket ws = TestSockets.Create(transport, TestSockets.Options(), new string[] { "mqtt", "mqttv5" }, request);
            Assert.AreEqual((int)WebSocketState.Connecting, (int)ws.State);
            Assert.IsTrue(ws.Accept());
            Assert.AreEqual((int)WebSocketState.Open, (int)ws.State);
            Assert.AreEqual("mqtt", ws.Subprotocol);
            Assert.AreEqual("/ws/mqtt", ws.Path);
            Assert.AreSame(request, ws.Request);
            string head = ServerFrames.Head(transport.Sent);
            Assert.StartsWith("HTTP/1.1 101 Switching Protocols\r\n", head);
            Assert.Contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n", head);
            Assert.Contains("Sec-WebSocket-Protocol: mqtt\r\n", head);
        }

        [TestMethod]
        public static void NoProtocolInCommonMeansNoProtocolHeader()
        {
            var transport = new MemoryTransport();
            var request = FakeUpgradeRequest.Valid("/ws/mqtt");
            request.Add("Sec-WebSocket-Protocol", "soap");
            WebSocket ws = TestSockets.Create(transport, TestSockets.Options(), new string[] { "mqtt" }, request);
            Assert.IsTrue(ws.Accept());
            Assert.IsNull(ws.Subprotocol);
            Assert.DoesNotContains("Sec-WebSocket-Protocol", ServerFrames.Head(transport.Sent));
        }

        [TestMethod]
        public static void ExplicitSubprotocolMustHaveBeenOffered()
        {
            var transport = new MemoryTransport();
            var request = FakeUpgradeRequest.Valid("/ws/mqtt");
            request.Add("Sec-WebSocket-Protocol", "mqtt, mqttv5");
            WebSocket ws = TestSockets.Create(transport, TestSockets.Options(), null, request);
            Assert.ThrowsException(typeof(ArgumentException), () => ws.Accept("wamp"));
            Assert.AreEqual(0, transport.Sent.Length, "nothing sent before the refusal");
            Assert.IsTrue(ws.Accept("mqttv5"));
            Assert.AreEqual("mqttv5", ws.Subprotocol);
            Assert.ThrowsException(typeof(InvalidOperationException), () => ws.Accept());
        }

        [TestMethod]
        public static void ABearerTokenSubprotocolIsNeverEchoed()
        {
            var transport = new MemoryTransport();
            var request = FakeUpgradeRequest.Valid("/ws/secure");
            request.Add("Sec-WebSocket-Protocol", "bearer.mF_9.B5f-4.1JqM, viper");
            WebSocket ws = TestSockets.Create(transport, TestSockets.Options(), new string[] { "viper" }, request);
            Assert.ThrowsException(typeof(ArgumentException), () => ws.Accept("bearer.mF_9.B5f-4.1JqM"));
            Assert.AreEqual(0, transport.Sent.Length, "nothing sent before the refusal");
            Assert.IsTrue(ws.Accept());
            Assert.AreEqual("viper", ws.Subprotocol);
            string head = ServerFrames.Head(transport.Sent);
            Assert.Contains("Sec-WebSocket-Protocol: viper\r\n", head);
            Assert.DoesNotContains("mF_9", head);
        }

        [TestMethod]
        public static void OnlyATokenOfferedMeansNoProtocolHeader()
        {
            var transport = new MemoryTransport();
            var request = FakeUpgradeRequest.Valid("/ws/secure");
            request.Add("Sec-WebSocket-Protocol", "bearer.mF_9.B5f-4.1JqM");
            WebSocket ws = TestSockets.Create(transport, TestSockets.Options(), null, request);
            Assert.IsTrue(ws.Accept());
            Assert.IsNull(ws.Subprotocol);
            Assert.DoesNotContains("Sec-WebSocket-Protocol", ServerFrames.Head(transport.Sent));
        }

        [TestMethod]
        public static void AcceptOfAnInvalidUpgradeSendsTheRefusal()
        {
            var transport = new MemoryTransport();
            var request = FakeUpgradeRequest.Valid("/");
            request.Set("Sec-WebSocket-Version", "12");
            WebSocket ws = TestSockets.Create(transport, TestSockets.Options(), null, request);
            Assert.IsFalse(ws.Accept());
            Assert.AreEqual((int)WebSocketState.Closed, (int)ws.State);
            Assert.StartsWith("HTTP/1.1 426 Upgrade Required\r\n", ServerFrames.Head(transport.Sent));
            Assert.IsFalse(transport.IsOpen);
        }

        [TestMethod]
        public static void RejectSendsTheStatusAndCloses()
        {
            var transport = new MemoryTransport();
            WebSocket ws = TestSockets.Create(transport, TestSockets.Options(), null, FakeUpgradeRequest.Valid("/"));
            ws.Reject(403);
            Assert.StartsWith("HTTP/1.1 403 Forbidden\r\n", ServerFrames.Head(transport.Sent));
            Assert.AreEqual((int)WebSocketState.Closed, (int)ws.State);
            Assert.IsFalse(ws.SendText("x"));
        }

        [TestMethod]
        public static void ReceiveBeforeAcceptIsAMistake()
        {
            WebSocket ws = TestSockets.Create(new MemoryTransport(), TestSockets.Options(), null, FakeUpgradeRequest.Valid("/"));
            Assert.ThrowsException(typeof(InvalidOperationException), () => ws.Receive());
        }

        [DataRow(int.MaxValue)]
        [DataRow(1)]
        [DataRow(5)]
        public static void EchoThenPeerVanishes(int chunk)
        {
            var transport = new MemoryTransport();
            transport.MaxChunk = chunk;
            WebSocket ws = TestSockets.Open(transport, TestSockets.Options());
            transport.AddInboundHex("81 85 37fa213d 7f9f4d5158"); // RFC 6455 5.7 masked "Hello"
            transport.AddInbound(ClientFrames.Masked(true, Opcode.Binary, new byte[] { 1, 2, 3 }));

            WebSocketMessage m = ws.Receive();
            Assert.AreEqual((int)MessageType.Text, (int)m.Type);
            Assert.AreEqual("Hello", m.Text);
            Assert.IsTrue(ws.SendText("echo:" + m.Text));

            WebSocketMessage b = ws.Receive();
            Assert.AreSame(m, b, "one message object per connection");
            Assert.AreEqual((int)MessageType.Bytes, (int)b.Type);
            Assert.AreEqual("", b.Text);
            Assert.AreEqual("010203", Bytes.ToHex(b.Bytes, 0, 3));
            Assert.AreEqual("010203", Bytes.ToHex(b.Buffer, b.Offset, b.Count));
            Assert.IsTrue(ws.SendBytes(b.Buffer, b.Offset, b.Count));

            WebSocketMessage c = ws.Receive();
            Assert.AreEqual((int)MessageType.Close, (int)c.Type);
            Assert.AreEqual(CloseStatus.AbnormalClosure, c.CloseCode);
            Assert.IsNull(c.Bytes);
            Assert.AreEqual((int)WebSocketState.Closed, (int)ws.State);
            Assert.AreEqual("T:echo:Hello|B:010203", ServerFrames.Describe(transport.Sent));
        }

        [TestMethod]
        public static void PingBetweenFragmentsIsAnsweredBeforeTheMessageIsDelivered()
        {
            var transport = new MemoryTransport();
            WebSocket ws = TestSockets.Open(transport, TestSockets.Options());
            transport.AddInbound(ClientFrames.Masked(false, Opcode.Text, Bytes.Ascii("Hel")));
            transport.AddInbound(ClientFrames.Masked(true, Opcode.Ping, Bytes.Ascii("Hello")));
            transport.AddInbound(ClientFrames.Masked(true, Opcode.Continuation, Bytes.Ascii("lo")));
            Assert.AreEqual("Hello", ws.Receive().Text);
            Assert.AreEqual("C10:48656c6c6f", ServerFrames.Describe(transport.Sent));
        }

        [TestMethod]
        public static void PayloadsLargerThanTheSendBufferGoOutWhole()
        {
            var transport = new MemoryTransport();
            var options = TestSockets.Options();
            options.SendBufferSize = 130;
            WebSocket ws = TestSockets.Open(transport, options);
            byte[] data = new byte[1000];
            for (int i = 0; i < data.Length; i++) data[i] = (byte)i;
            Assert.IsTrue(ws.SendBytes(data));
            string text = "";
            for (int i = 0; i < 100; i++) text += "€😀a";
            Assert.IsTrue(ws.SendText(text));
            Assert.AreEqual("B:" + Bytes.ToHex(data, 0, data.Length) + "|T:" + text, ServerFrames.Describe(transport.Sent));
        }

        [TestMethod]
        public static void SendVariants()
        {
            var transport = new MemoryTransport();
            WebSocket ws = TestSockets.Open(transport, TestSockets.Options());
            Assert.IsTrue(ws.SendText(Bytes.Ascii("xhix"), 1, 2));
            Assert.IsTrue(ws.SendBytes(new byte[] { 9, 8, 7 }, 1, 1));
            Assert.IsTrue(ws.SendText(""));
            Assert.IsTrue(ws.Ping());
            Assert.IsTrue(ws.SendFrame(Bytes.FromHex("8102 6f6b"), 0, 4));
            var table = new Hashtable();
            table["user"] = "anon";
            Assert.IsTrue(ws.SendJson(table));
            Assert.AreEqual("T:hi|B:08|T:|C9:|T:ok|T:{\"user\":\"anon\"}", ServerFrames.Describe(transport.Sent));
        }

        [TestMethod]
        public static void BytesThatArrivedWithTheRequestHeadAreTheFirstMessage()
        {
            var transport = new MemoryTransport();
            ServerOptions options = TestSockets.Options();
            byte[] receive = new byte[options.ReceiveBufferSize];
            byte[] frame = ClientFrames.Text("early");
            Array.Copy(frame, 0, receive, 150, frame.Length);
            var ws = new WebSocket(transport, receive, new byte[options.SendBufferSize], options,
                FakeUpgradeRequest.Valid("/"), null, 150, frame.Length);
            ws.Accept();
            Assert.AreEqual("early", ws.Receive().Text);
        }

        [TestMethod]
        public static void IdIsTheServers()
        {
            WebSocket ws = TestSockets.Create(new MemoryTransport(), TestSockets.Options(), null, FakeUpgradeRequest.Valid("/"));
            ws.Id = 42;
            Assert.AreEqual(42, ws.Id);
        }
    }
}
