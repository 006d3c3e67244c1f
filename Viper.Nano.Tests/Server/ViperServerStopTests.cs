using System;
using System.Threading;
using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Rooms;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Viper.Nano.Sse;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.Server
{
    /// <summary>Routes for the graceful-stop tests: an echo that records how it ended, a held request, a room stream.</summary>
    public static class StopRoutes
    {
        /// <summary>Holds /slow until set.</summary>
        public static readonly ManualResetEvent Release = new ManualResetEvent(false);

        /// <summary>The close code the echo handler's Receive reported last.</summary>
        public static int EchoCloseCode;

        /// <summary>The room manager /events joins.</summary>
        public static ConnectionManager Manager;

        [WebSocketRoute("/ws/echo")]
        public static void Echo(WebSocket ws)
        {
            ws.Accept();
            while (true)
            {
                WebSocketMessage msg = ws.Receive();
                if (msg.Type == MessageType.Close)
                {
                    EchoCloseCode = msg.CloseCode;
                    return;
                }

                ws.SendText("echo:" + msg.Text);
            }
        }

        [HttpGet("/slow")]
        public static void Slow(HttpContext context)
        {
            Release.WaitOne(MemoryServer.WaitMs, false);
            context.Response.WriteText("finished");
        }

        [HttpGet("/hello")]
        public static void Hello(HttpContext context)
        {
            context.Response.WriteText("hello");
        }

        [SseRoute("/events")]
        public static void Events(SseStream stream)
        {
            Manager.Subscribe(stream, "news");
        }
    }

    /// <summary>
    /// ViperServer.Stop on the whole server over an in-memory listener: WebSocket clients get a
    /// Close 1001 and time to answer it, SSE streams end, a running handler's response is
    /// finished, idle connections close at once, and Stop returns in bounded time.
    /// </summary>
    [TestClass]
    public class ViperServerStopTests
    {
        private static MemoryServer _server;
        private static int _stopped;
        private static long _stopTicks;

        private static ServerOptions Options(int closeTimeoutMs)
        {
            var o = new ServerOptions();
            o.PingIntervalMs = 0;
            o.CloseTimeoutMs = closeTimeoutMs;
            o.StopTimeoutMs = 10000;
            o.IdleTimeoutMs = 30000;
            o.SseHeartbeatMs = 60000;
            StopRoutes.Manager = new ConnectionManager(o);
            return o;
        }

        // Stop blocks until the connections have ended, so the tests call it on a thread of its own.
        private static void StopInBackground(MemoryServer server)
        {
            _server = server;
            _stopped = 0;
            _stopTicks = DateTime.UtcNow.Ticks;
            new Thread(RunStop).Start();
        }

        private static void RunStop()
        {
            _server.Stop();
            _stopTicks = DateTime.UtcNow.Ticks - _stopTicks;
            _stopped = 1;
        }

        private static bool Stopped() => _stopped == 1;

        private static int StopMs() => (int)(_stopTicks / TimeSpan.TicksPerMillisecond);

        // A client whose handler is waiting in Receive (it has echoed one message).
        private static PipeTransport OpenEcho(MemoryServer server)
        {
            PipeTransport client = server.Upgrade("/ws/echo", out string head);
            Assert.StartsWith("HTTP/1.1 101 ", head);
            client.ClientWrite(ClientFrames.Text("hi"));
            Assert.AreEqual("T:echo:hi", MemoryServer.ReadFrames(client, 1));
            return client;
        }

        [TestMethod]
        public static void AWebSocketClientGetsGoingAwayAndStopWaitsForItsAnswer()
        {
            StopRoutes.EchoCloseCode = 0;
            var server = new MemoryServer(Options(8000), typeof(StopRoutes));
            try
            {
                PipeTransport client = OpenEcho(server);

                StopInBackground(server);
                // RFC 6455 7.4.1: 1001 (0x03e9), the server is going away.
                string close = MemoryServer.ReadFrames(client, 1);
                Assert.StartsWith("C8:03e9", close);
                Assert.IsFalse(Stopped(), "Stop waits for the client's Close");
                Assert.IsFalse(client.ClosedByServer, "the connection stays open for the answer");

                client.ClientWrite(ClientFrames.Close(1001, new byte[0]));
                Assert.IsTrue(MemoryServer.WaitFor(Stopped), "Stop returns once the client answered");
                Assert.IsTrue(StopMs() < 8000, "without waiting out CloseTimeoutMs, took " + StopMs());
                Assert.IsTrue(client.ClosedByServer, "then the server closes the connection");
                Assert.AreEqual(CloseStatus.GoingAway, StopRoutes.EchoCloseCode, "the handler's Receive reports 1001");
            }
            finally
            {
                server.Stop();
            }
        }

        [TestMethod]
        public static void AWebSocketClientThatNeverAnswersIsClosedAfterCloseTimeout()
        {
            var server = new MemoryServer(Options(300), typeof(StopRoutes));
            try
            {
                PipeTransport client = OpenEcho(server);

                StopInBackground(server);
                Assert.StartsWith("C8:03e9", MemoryServer.ReadFrames(client, 1));
                Assert.IsTrue(MemoryServer.WaitFor(Stopped), "Stop does not wait for ever");
                Assert.IsTrue(client.ClosedByServer, "the silent client is closed");
            }
            finally
            {
                server.Stop();
            }
        }

        [TestMethod]
        public static void AnInFlightResponseFinishesAndStreamsAndIdleConnectionsEnd()
        {
            StopRoutes.Release.Reset();
            var server = new MemoryServer(Options(1000), typeof(StopRoutes));
            try
            {
                PipeTransport idle = server.Connect();
                idle.ClientWrite("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
                Assert.EndsWith("hello", idle.ClientReadUntil("hello", MemoryServer.WaitMs));

                PipeTransport events = server.Connect();
                events.ClientWrite("GET /events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n");
                Assert.StartsWith("HTTP/1.1 200 OK\r\n", events.ClientReadUntil("\r\n\r\n", MemoryServer.WaitMs));
                Assert.IsTrue(MemoryServer.WaitFor(() => StopRoutes.Manager.RoomMemberCount("news") == 1), "subscribed");
                StopRoutes.Manager.BroadcastText("before stop", "news");

                PipeTransport slow = server.Connect();
                slow.ClientWrite("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
                Assert.IsTrue(MemoryServer.WaitFor(() => server.Server.Stats.Requests == 3), "the slow handler runs");

                StopInBackground(server);
                Assert.IsTrue(MemoryServer.WaitFor(() => idle.ClosedByServer), "an idle keep-alive connection is closed at once");
                string stream = events.ClientReadToClose(MemoryServer.WaitMs);
                Assert.IsTrue(events.ClosedByServer, "the event stream ends");
                Assert.Contains("data: before stop\n\n", stream);
                Assert.IsFalse(Stopped(), "Stop waits for the running handler");

                StopRoutes.Release.Set();
                string response = slow.ClientReadToClose(MemoryServer.WaitMs);
                Assert.StartsWith("HTTP/1.1 200 OK\r\n", response);
                Assert.Contains("Connection: close\r\n", response);
                Assert.EndsWith("\r\n\r\nfinished", response);
                Assert.IsTrue(MemoryServer.WaitFor(Stopped), "Stop returns once the response is out");
            }
            finally
            {
                StopRoutes.Release.Set();
                server.Stop();
            }
        }
    }
}
