using nanoFramework.TestFramework;
using Viper.Nano.Rooms;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Viper.Nano.Sse;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.Server
{
    /// <summary>The WebSocket guide's echo and chat, and an SSE route, for the whole-server tests.</summary>
    public static class StreamRoutes
    {
        /// <summary>The chat's room manager.</summary>
        public static ConnectionManager Manager;

        [WebSocketRoute("/ws/echo")]
        public static void Echo(WebSocket ws)
        {
            ws.Accept();
            while (true)
            {
                WebSocketMessage msg = ws.Receive();
                if (msg.Type == MessageType.Close) break;
                ws.SendText("echo:" + msg.Text);
            }
        }

        [WebSocketRoute("/ws/chat", "chat.v2 chat.v1")]
        public static void Chat(WebSocket ws)
        {
            Manager.Connect(ws, "general");
            try
            {
                while (true)
                {
                    WebSocketMessage msg = ws.Receive();
                    if (msg.Type == MessageType.Close) break;
                    Manager.BroadcastText("said:" + msg.Text, "general");
                }
            }
            finally
            {
                Manager.Disconnect(ws);
            }
        }

        [SseRoute("/events")]
        public static void Events(SseStream stream)
        {
            Manager.Subscribe(stream, "news");
        }
    }

    /// <summary>
    /// WebSocket and SSE routes through the whole server on an in-memory listener: the upgrade,
    /// the guide's echo and chat with a room broadcast, and an SSE subscriber that reconnects
    /// with Last-Event-ID (these run on the interpreter too).
    /// </summary>
    [TestClass]
    public class EndpointsTests
    {
        private static ServerOptions Options()
        {
            var o = new ServerOptions();
            o.PingIntervalMs = 0;
            o.CloseTimeoutMs = 500;
            o.SseHeartbeatMs = 60000;
            return o;
        }

        // Default WorkerThreads (1): the guide's handlers loop on Receive, and each blocking
        // client beyond the first gets a worker of its own while the heap allows.
        private static MemoryServer Start()
        {
            var server = new MemoryServer(Options(), typeof(StreamRoutes));
            StreamRoutes.Manager = server.Server.Rooms;
            return server;
        }

        [TestMethod]
        public static void TheGuideEchoAnswersEachMessageAndTheCloseHandshake()
        {
            var server = Start();
            try
            {
                PipeTransport client = server.Upgrade("/ws/echo", out string head);
                Assert.StartsWith("HTTP/1.1 101 Switching Protocols\r\n", head);
                Assert.Contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n", head);
                client.ClientWrite(ClientFrames.Text("hi"));
                Assert.AreEqual("T:echo:hi", MemoryServer.ReadFrames(client, 1));
                client.ClientWrite(ClientFrames.Text("caf\u00e9"));
                Assert.AreEqual("T:echo:caf\u00e9", MemoryServer.ReadFrames(client, 1));
                client.ClientWrite(ClientFrames.Close(1000, new byte[0]));
                Assert.AreEqual("C8:03e8", MemoryServer.ReadFrames(client, 1));
                Assert.IsTrue(MemoryServer.WaitFor(() => client.ClosedByServer), "closed after the handshake");
            }
            finally
            {
                server.Stop();
            }
        }

        [TestMethod]
        public static void TheGuideChatBroadcastsToEveryMemberOfTheRoom()
        {
            var server = Start();
            try
            {
                PipeTransport[] members = new PipeTransport[3];
                for (int i = 0; i < members.Length; i++)
                {
                    members[i] = server.Upgrade("/ws/chat", out string head);
                    Assert.StartsWith("HTTP/1.1 101 ", head);
                }

                Assert.IsTrue(MemoryServer.WaitFor(() => StreamRoutes.Manager.RoomMemberCount("general") == 3), "three members");
                members[1].ClientWrite(ClientFrames.Text("hello"));
                for (int i = 0; i < members.Length; i++)
                {
                    Assert.AreEqual("T:said:hello", MemoryServer.ReadFrames(members[i], 1), "member " + i);
                }

                members[0].ClientWrite(ClientFrames.Close(1000, new byte[0]));
                Assert.AreEqual("C8:03e8", MemoryServer.ReadFrames(members[0], 1));
                Assert.IsTrue(MemoryServer.WaitFor(() => StreamRoutes.Manager.RoomMemberCount("general") == 2), "a member that left is no longer in the room");
                Assert.AreEqual(1, StreamRoutes.Manager.Stats.Broadcasts);
            }
            finally
            {
                server.Stop();
            }
        }

        [TestMethod]
        public static void ASubprotocolIsNegotiatedThroughTheServer()
        {
            var server = Start();
            try
            {
                PipeTransport client = server.Connect();
                client.ClientWrite("GET /ws/chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: chat.v1, chat.v2\r\n\r\n");
                string head = client.ClientReadUntil("\r\n\r\n", MemoryServer.WaitMs);
                Assert.StartsWith("HTTP/1.1 101 ", head);
                Assert.Contains("Sec-WebSocket-Protocol: chat.v2\r\n", head);
            }
            finally
            {
                server.Stop();
            }
        }

        [TestMethod]
        public static void AnSseSubscriberReconnectingWithLastEventIdGetsWhatItMissed()
        {
            var server = Start();
            try
            {
                PipeTransport first = server.Connect();
                first.ClientWrite("GET /events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n");
                string head = first.ClientReadUntil("\r\n\r\n", MemoryServer.WaitMs);
                Assert.StartsWith("HTTP/1.1 200 OK\r\n", head);
                Assert.Contains("Content-Type: text/event-stream", head);
                Assert.IsTrue(MemoryServer.WaitFor(() => StreamRoutes.Manager.RoomMemberCount("news") == 1), "subscribed");
                StreamRoutes.Manager.BroadcastText("one", "news");
                StreamRoutes.Manager.BroadcastText("two", "news");
                StreamRoutes.Manager.BroadcastText("three", "news");
                string events = first.ClientReadUntil("data: three\n\n", MemoryServer.WaitMs);
                Assert.Contains("id: 1\ndata: one\n\n", events);
                Assert.Contains("id: 3\ndata: three\n\n", events);
                first.ClientClose();

                PipeTransport again = server.Connect();
                again.ClientWrite("GET /events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\nLast-Event-ID: 1\r\n\r\n");
                string replay = again.ClientReadUntil("data: three\n\n", MemoryServer.WaitMs);
                Assert.DoesNotContains("data: one\n", replay);
                Assert.Contains("id: 2\ndata: two\n\nid: 3\ndata: three\n\n", replay);
            }
            finally
            {
                server.Stop();
            }
        }
    }
}
