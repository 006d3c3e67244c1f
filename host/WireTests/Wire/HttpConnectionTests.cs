using System;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>Connection behaviour over raw sockets: persistence, pipelining, timeouts, vanishing clients, full slots, takeover.</summary>
    public class HttpConnectionTests
    {
        private const string Get = "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n";

        private static void Send(NetworkStream stream, string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }

        // Reads one response with a Content-Length body.
        private static string ReadResponse(NetworkStream stream)
        {
            var head = new StringBuilder();
            while (!head.ToString().EndsWith("\r\n\r\n"))
            {
                int b = stream.ReadByte();
                if (b < 0) return head.ToString();
                head.Append((char)b);
            }

            string text = head.ToString();
            int at = text.IndexOf("Content-Length: ", StringComparison.Ordinal);
            int length = at < 0 ? 0 : int.Parse(text.Substring(at + 16, text.IndexOf('\r', at) - at - 16));
            var body = new byte[length];
            int have = 0;
            while (have < length) have += stream.Read(body, have, length - have);
            return text + Encoding.UTF8.GetString(body);
        }

        [Fact]
        public void PipelinedRequestsAreAnsweredInOrder()
        {
            using var server = new TestServer();
            using var client = server.Connect();
            var stream = client.GetStream();
            Send(stream, Get + "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd" + "GET /api/sensors/7 HTTP/1.1\r\nHost: x\r\n\r\n");
            Assert.EndsWith("hello", ReadResponse(stream));
            Assert.EndsWith("abcd", ReadResponse(stream));
            Assert.EndsWith("sensor 7", ReadResponse(stream));
            Assert.Equal(3, server.Server.Stats.Requests);

            // The counters are properties, so the JSON serializer (the device's, and the PC shim) sees them.
            string json = nanoFramework.Json.JsonConvert.SerializeObject(server.Server.Stats);
            Assert.Contains("\"Requests\":3", json);
            Assert.Contains("\"ConnectionsCurrent\":1", json);
        }

        [Fact]
        public void Http10ClosesUnlessKeepAliveIsAsked()
        {
            using var server = new TestServer();
            string closed = server.Exchange("GET /hello HTTP/1.0\r\n\r\n");
            Assert.Contains("Connection: close\r\n", closed);
            Assert.EndsWith("hello", closed);

            using var client = server.Connect();
            var stream = client.GetStream();
            Send(stream, "GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            Assert.Contains("Connection: keep-alive\r\n", ReadResponse(stream));
            Send(stream, "GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            Assert.EndsWith("hello", ReadResponse(stream));
        }

        [Fact]
        public void Http10StreamedBodyEndsWithTheConnection()
        {
            using var server = new TestServer();
            string response = server.Exchange("GET /stream HTTP/1.0\r\n\r\n");
            Assert.DoesNotContain("Transfer-Encoding", response);
            Assert.EndsWith("\r\n\r\npart0;part1;part2;", response);
        }

        [Fact]
        public void ConnectionCloseIsHonoured()
        {
            using var server = new TestServer();
            string response = server.Exchange("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" + Get);
            Assert.Contains("Connection: close\r\n", response);
            Assert.EndsWith("hello", response);
            Assert.Equal(1, server.Server.Stats.Requests);
            Assert.Contains("Connection: close\r\n", server.Exchange("GET /close HTTP/1.1\r\nHost: x\r\n\r\n"));
        }

        [Fact]
        public void HeadTimeoutAnswers408AndCloses()
        {
            using var server = new TestServer(o => o.HeadTimeoutMs = 300);
            using var client = server.Connect();
            var stream = client.GetStream();
            Send(stream, "GET /hello HTTP/1.1\r\nHo");
            DateTime start = DateTime.UtcNow;
            Assert.StartsWith("HTTP/1.1 408 ", TestServer.ReadToClose(stream));
            Assert.True(DateTime.UtcNow - start < TimeSpan.FromSeconds(10), "the head timeout (300 ms) plus the linger after the answer (LingerMs) must end the connection, not hang it");
            Assert.Equal(1, server.Server.Stats.Timeouts);
            Assert.True(TestServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 0));
        }

        [Fact]
        public void SilentClientIsClosedAfterTheHeadTimeout()
        {
            using var server = new TestServer(o => o.HeadTimeoutMs = 300);
            using var client = server.Connect();
            Assert.Equal("", TestServer.ReadToClose(client.GetStream()));
            Assert.True(TestServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 0));
        }

        [Fact]
        public void IdleKeepAliveConnectionIsClosedAfterTheIdleTimeout()
        {
            using var server = new TestServer(o => o.IdleTimeoutMs = 300);
            using var client = server.Connect();
            var stream = client.GetStream();
            Send(stream, Get);
            Assert.EndsWith("hello", ReadResponse(stream));
            Assert.Equal("", TestServer.ReadToClose(stream));
        }

        [Fact]
        public void BodyTimeoutAnswers408()
        {
            using var server = new TestServer(o => o.BodyTimeoutMs = 300);
            using var client = server.Connect();
            var stream = client.GetStream();
            Send(stream, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc");
            Assert.StartsWith("HTTP/1.1 408 ", TestServer.ReadToClose(stream));
        }

        [Theory]
        [InlineData("GET /hello HTTP/1.1\r\nHos")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc")]
        [InlineData("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc")]
        public void ClientThatVanishesMidRequestFreesItsSlot(string partial)
        {
            using var server = new TestServer(o => { o.MaxConnections = 1; o.HeadTimeoutMs = 5000; o.BodyTimeoutMs = 5000; });
            using (var client = server.Connect())
            {
                Send(client.GetStream(), partial);
                Assert.True(TestServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 1));
            }

            Assert.True(TestServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 0, 2000), "slot freed well before the timeouts");
            Assert.EndsWith("hello", server.Exchange("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        }

        [Fact]
        public void FullServerAnswers503WithRetryAfter()
        {
            using var server = new TestServer(o => o.MaxConnections = 2);
            HttpTestRoutes.Release.Reset();
            var busy = new[] { server.Connect(), server.Connect() };
            try
            {
                foreach (var c in busy) Send(c.GetStream(), "GET /block HTTP/1.1\r\nHost: x\r\n\r\n");
                Assert.True(TestServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 2));
                string refused = server.Exchange(Get);
                Assert.StartsWith("HTTP/1.1 503 ", refused);
                Assert.Contains("Retry-After: 1\r\n", refused);
                Assert.Contains("Connection: close\r\n", refused);
                Assert.Equal(1, server.Server.Stats.ConnectionsRefused);
            }
            finally
            {
                HttpTestRoutes.Release.Set();
                foreach (var c in busy) c.Dispose();
            }

            Assert.True(TestServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 0));
            Assert.EndsWith("hello", server.Exchange("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        }

        [Fact]
        public void IdleKeepAliveConnectionMakesRoomForANewClient()
        {
            using var server = new TestServer(o => { o.MaxConnections = 1; o.IdleTimeoutMs = 10000; });
            using var idle = server.Connect();
            var stream = idle.GetStream();
            Send(stream, Get);
            Assert.EndsWith("hello", ReadResponse(stream));
            Assert.EndsWith("hello", server.Exchange("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
            Assert.Equal(1, server.Server.Stats.ConnectionsReclaimed);
            Assert.Equal("", TestServer.ReadToClose(stream));
        }

        [Fact]
        public void ExpectContinueGets100BeforeTheBody()
        {
            using var server = new TestServer();
            using var client = server.Connect();
            var stream = client.GetStream();
            Send(stream, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
            Assert.Equal("HTTP/1.1 100 Continue\r\n\r\n", ReadResponse(stream));
            Send(stream, "12345");
            Assert.EndsWith("12345", ReadResponse(stream));
        }

        [Fact]
        public void AsteriskOptionsListsEveryMethod()
        {
            using var server = new TestServer();
            string response = server.Exchange("OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            Assert.StartsWith("HTTP/1.1 204 ", response);
            Assert.Contains("Allow: GET, HEAD, POST, PUT, DELETE, OPTIONS\r\n", response);
        }

        [Fact]
        public void WebSocketAndSseRoutesWithoutTheirLayerAre501()
        {
            using var server = new TestServer();
            server.Server.WebSocketTakeover = null;
            server.Server.SseTakeover = null;
            Assert.StartsWith("HTTP/1.1 501 ", server.Exchange("GET /ws HTTP/1.1\r\nHost: x\r\n\r\n"));
            Assert.StartsWith("HTTP/1.1 501 ", server.Exchange("GET /events HTTP/1.1\r\nHost: x\r\n\r\n"));
        }

        [Fact]
        public void TakeoverGetsTheSlotTheRouteAndTheBytesAfterTheHead()
        {
            Route seen = null;
            string pending = null;
            string path = null;
            var options = new ServerOptions { Port = 0, MaxConnections = 2 };
            using var server = new ViperServer(options);
            server.AddRoutes(typeof(HttpTestRoutes));
            server.WebSocketTakeover = (slot, context, route, offset, count) =>
            {
                seen = route;
                path = context.Request.Path;
                pending = Encoding.ASCII.GetString(slot.ReceiveBuffer, offset, count);
                byte[] reply = Encoding.ASCII.GetBytes("taken");
                slot.Transport.Send(reply, 0, reply.Length);
            };
            server.Start();
            using var client = new TcpClient("127.0.0.1", server.Port);
            var stream = client.GetStream();
            Send(stream, "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\nframe");
            Assert.Equal("taken", TestServer.ReadToClose(stream));
            Assert.Equal(RouteKind.WebSocket, seen.Kind);
            Assert.Equal(new[] { "chat", "superchat" }, seen.Protocols);
            Assert.Equal("/ws", path);
            Assert.Equal("frame", pending);
        }

        [Fact]
        public void TakeoverThatThrowsIsCountedAndTheServerGoesOn()
        {
            using var server = new TestServer();
            server.Server.SseTakeover = (slot, context, route, offset, count) => throw new InvalidOperationException();
            Assert.Equal("", server.Exchange("GET /events HTTP/1.1\r\nHost: x\r\n\r\n"));
            Assert.Equal(1, server.Server.Stats.HandlerErrors);
            Assert.EndsWith("hello", server.Exchange("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        }

        [Fact]
        public void StopClosesOpenConnectionsAndTheListener()
        {
            var server = new TestServer(o => o.IdleTimeoutMs = 30000);
            using var client = server.Connect();
            var stream = client.GetStream();
            Send(stream, Get);
            Assert.EndsWith("hello", ReadResponse(stream));
            int port = server.Port;
            DateTime start = DateTime.UtcNow;
            server.Dispose();
            Assert.True(DateTime.UtcNow - start < TimeSpan.FromSeconds(8), "Stop returns promptly (it joins each thread for at most SendTimeoutMs + 2 s)");
            Assert.Equal("", TestServer.ReadToClose(stream));
            Assert.Throws<SocketException>(() => new TcpClient("127.0.0.1", port));
            Assert.False(server.Server.IsRunning);
        }
    }
}
