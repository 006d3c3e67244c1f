using nanoFramework.TestFramework;
using Viper.Nano.Rooms;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    /// <summary>An echo and a room in the event style (ws.OnMessage), for the whole-server tests.</summary>
    public static class EventRoutes
    {
        /// <summary>The room manager of the event-style chat.</summary>
        public static ConnectionManager Manager;

        /// <summary>The close code the last Close message carried.</summary>
        public static int LastCloseCode;

        [WebSocketRoute("/ws/echo")]
        public static void Echo(WebSocket ws)
        {
            if (ws.Accept()) ws.OnMessage = EchoMessage;
        }

        [WebSocketRoute("/ws/room")]
        public static void Room(WebSocket ws)
        {
            if (Manager.Connect(ws, "room")) ws.OnMessage = EchoMessage;
        }

        private static void EchoMessage(WebSocket ws, WebSocketMessage message)
        {
            if (message.Type == MessageType.Close) LastCloseCode = message.CloseCode;
            else ws.SendText("echo:" + message.Text);
        }
    }

    /// <summary>
    /// Event-style WebSockets through the whole server on an in-memory listener: the handler
    /// returns, the connection stays open, and the poll thread passes each message on, so no
    /// worker thread is held (these run on the interpreter too).
    /// </summary>
    [TestClass]
    public class WebSocketEventsTests
    {
        private static ServerOptions Options()
        {
            var o = new ServerOptions();
            o.PingIntervalMs = 0;
            o.CloseTimeoutMs = 500;
            o.WorkerThreads = 1;
            EventRoutes.Manager = new ConnectionManager(o);
            return o;
        }

        [TestMethod]
        public static void MessagesReachOnMessageAndTheCloseEndsTheConnection()
        {
            var server = new MemoryServer(Options(), typeof(EventRoutes));
            try
            {
                PipeTransport client = server.Upgrade("/ws/echo", out string head);
                Assert.StartsWith("HTTP/1.1 101 Switching Protocols\r\n", head);
                client.ClientWrite(ClientFrames.Text("hi"));
                Assert.AreEqual("T:echo:hi", MemoryServer.ReadFrames(client, 1));
                EventRoutes.LastCloseCode = 0;
                client.ClientWrite(ClientFrames.Close(1000, new byte[0]));
                Assert.AreEqual("C8:03e8", MemoryServer.ReadFrames(client, 1));
                Assert.IsTrue(MemoryServer.WaitFor(() => client.ClosedByServer), "closed after the handshake");
                Assert.AreEqual(1000, EventRoutes.LastCloseCode);
                Assert.IsTrue(MemoryServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 0), "the slot is free again");
            }
            finally
            {
                server.Stop();
            }
        }

        // With one worker thread, parked clients leave it free: two room members, a broadcast
        // to both, and an HTTP request answered meanwhile.
        [TestMethod]
        public static void ParkedClientsHoldNoWorker()
        {
            var server = new MemoryServer(Options(), typeof(EventRoutes));
            try
            {
                PipeTransport a = server.Upgrade("/ws/room", out string headA);
                PipeTransport b = server.Upgrade("/ws/room", out string headB);
                Assert.StartsWith("HTTP/1.1 101 ", headA);
                Assert.StartsWith("HTTP/1.1 101 ", headB);
                Assert.IsTrue(MemoryServer.WaitFor(() => EventRoutes.Manager.RoomMemberCount("room") == 2), "two members");
                EventRoutes.Manager.BroadcastText("tick", "room");
                Assert.AreEqual("T:tick", MemoryServer.ReadFrames(a, 1));
                Assert.AreEqual("T:tick", MemoryServer.ReadFrames(b, 1));
                Assert.StartsWith("HTTP/1.1 404 ", server.Exchange("GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
                b.ClientWrite(ClientFrames.Text("yo"));
                Assert.AreEqual("T:echo:yo", MemoryServer.ReadFrames(b, 1));
                a.ClientClose();
                Assert.IsTrue(MemoryServer.WaitFor(() => EventRoutes.Manager.RoomMemberCount("room") == 1), "a member that went is out of the room");
            }
            finally
            {
                server.Stop();
            }
        }

        // ServerOptions.MemoryReserveBytes: a server short of memory answers 503, never 500.
        [TestMethod]
        public static void ANewClientIsRefusedWhenMemoryIsShort()
        {
            ServerOptions o = Options();
            o.MemoryReserveBytes = int.MaxValue;
            var server = new MemoryServer(o, typeof(EventRoutes));
            try
            {
                string refused = server.Exchange("GET /ws/echo HTTP/1.1\r\nHost: x\r\n\r\n");
                Assert.StartsWith("HTTP/1.1 503 ", refused);
                Assert.Contains("Retry-After: 1\r\n", refused);
                Assert.AreEqual(1, server.Server.Stats.ConnectionsRefused);
            }
            finally
            {
                server.Stop();
            }
        }
    }
}
