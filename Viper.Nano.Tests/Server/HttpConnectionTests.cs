using System;
using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.Server
{
    /// <summary>Routes for the in-memory connection tests.</summary>
    public static class ConnectionRoutes
    {
        [HttpGet("/hello")]
        public static void Hello(HttpContext context)
        {
            context.Response.WriteText("hello");
        }

        [HttpPost("/echo")]
        public static void Echo(HttpContext context)
        {
            HttpRequest r = context.Request;
            context.Response.WriteBytes(r.Body, r.BodyOffset, r.BodyLength, null);
        }

        [HttpGet("/items/{id}")]
        public static void Item(HttpContext context)
        {
            context.Response.WriteText("item " + context.Request.GetRouteParam("id"));
        }

        [HttpGet("/throw")]
        public static void Throw(HttpContext context)
        {
            throw new InvalidOperationException("boom");
        }

        [WebSocketRoute("/ws")]
        public static void Socket(WebSocket webSocket) { }
    }

    /// <summary>
    /// The connection loop driven over an in-memory transport: keep-alive, pipelining, bodies in
    /// pieces, errors and takeover, with no socket (these also run on the nanoCLR emulator).
    /// </summary>
    [TestClass]
    public class HttpConnectionTests
    {
        private const string Hello = "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n";
        private const string HelloResponse = "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\nhello";

        private static ViperServer _server;
        private static ConnectionSlot _slot;
        private static string _pending;

        private static MemoryTransport Serve(MemoryTransport transport)
        {
            ServerOptions options = new ServerOptions
            {
                ReceiveBufferSize = 256,
                MaxRequestHeadSize = 256,
                SendBufferSize = 256,
                MaxBodySize = 1000,
                HeadTimeoutMs = 50,
                BodyTimeoutMs = 50,
                LingerMs = 0,
                SendDateHeader = false,
            };
            _server = new ViperServer(options);
            _server.AddRoutes(typeof(ConnectionRoutes));
            _slot = new ConnectionSlot(0, options.ReceiveBufferSize, options.SendBufferSize);
            HttpConnection connection = new HttpConnection(_server, _slot, _server.Routes.MaxParams);
            connection.Serve(transport);
            return transport;
        }

        private static MemoryTransport Serve(string input)
        {
            MemoryTransport transport = new MemoryTransport();
            transport.Add(input);
            return Serve(transport);
        }

        [TestMethod]
        public static void PipelinedRequestsGetResponsesInOrder()
        {
            string output = Serve(Hello + "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc" + "GET /items/42 HTTP/1.1\r\nHost: x\r\n\r\n").Output;
            Assert.AreEqual(HelloResponse
                + "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"
                + "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 7\r\n\r\nitem 42", output);
            Assert.AreEqual(3, _server.Stats.Requests);
            Assert.AreEqual(3, _server.Stats.Responses2xx);
        }

        [TestMethod]
        public static void RequestArrivingByteByByteIsServed()
        {
            MemoryTransport transport = new MemoryTransport();
            string input = "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n12345" + Hello;
            for (int i = 0; i < input.Length; i++) transport.Add(input.Substring(i, 1));
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n12345" + HelloResponse, Serve(transport).Output);
        }

        [TestMethod]
        public static void BodyLargerThanTheReceiveBufferIsReadWhole()
        {
            string body = new string('b', 900);
            MemoryTransport transport = new MemoryTransport();
            transport.Add("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 900\r\n\r\n" + body.Substring(0, 100));
            transport.Add(body.Substring(100) + Hello);
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Length: 900\r\n\r\n" + body + HelloResponse, Serve(transport).Output);
        }

        [TestMethod]
        public static void ChunkedBodyInPiecesIsDecoded()
        {
            MemoryTransport transport = new MemoryTransport();
            transport.Add("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab");
            transport.Add("c\r\n4;ext=1\r\ndefg\r\n0\r\nTrailer: t\r\n\r\n" + Hello);
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nabcdefg" + HelloResponse, Serve(transport).Output);
        }

        [TestMethod]
        public static void ChunkedBodyLargerThanTheReceiveBufferIsDecoded()
        {
            string expected = "";
            MemoryTransport transport = new MemoryTransport();
            transport.Add("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < 9; i++)
            {
                string chunk = new string((char)('a' + i), 100);
                expected += chunk;
                transport.Add("64\r\n" + chunk + "\r\n");
            }

            transport.Add("0\r\n\r\n" + Hello);
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Length: 900\r\n\r\n" + expected + HelloResponse, Serve(transport).Output);
        }

        [TestMethod]
        public static void ChunkedBodyOverTheLimitIs413()
        {
            string output = Serve("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3e9\r\n").Output;
            Assert.StartsWith("HTTP/1.1 413 Content Too Large\r\n", output);
        }

        [TestMethod]
        public static void HandlerExceptionIs500AndTheNextRequestIsServed()
        {
            string output = Serve("GET /throw HTTP/1.1\r\nHost: x\r\n\r\n" + Hello).Output;
            Assert.StartsWith("HTTP/1.1 500 Internal Server Error\r\n", output);
            Assert.EndsWith(HelloResponse, output);
            Assert.AreEqual(1, _server.Stats.HandlerErrors);
        }

        [TestMethod]
        public static void BadRequestClosesTheConnection()
        {
            string output = Serve("GET /hello HTTP/1.1\r\nHost : x\r\n\r\n" + Hello).Output;
            Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", output);
            Assert.Contains("Connection: close\r\n", output);
            Assert.DoesNotContains("hello", output);
            Assert.AreEqual(1, _server.Stats.Responses4xx);
        }

        [TestMethod]
        public static void NotFoundMethodNotAllowedAndNotImplementedKeepTheConnection()
        {
            string output = Serve("GET /none HTTP/1.1\r\nHost: x\r\n\r\n" + "DELETE /hello HTTP/1.1\r\nHost: x\r\n\r\n"
                + "BREW /hello HTTP/1.1\r\nHost: x\r\n\r\n" + Hello).Output;
            Assert.StartsWith("HTTP/1.1 404 Not Found\r\n", output);
            Assert.Contains("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, OPTIONS\r\n", output);
            Assert.Contains("HTTP/1.1 501 Not Implemented\r\n", output);
            Assert.EndsWith(HelloResponse, output);
        }

        [TestMethod]
        public static void HeadRequestGetsNoBody()
        {
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\n",
                Serve("HEAD /hello HTTP/1.1\r\nHost: x\r\n\r\n").Output);
        }

        [TestMethod]
        public static void ExpectContinueSends100First()
        {
            string output = Serve("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok").Output;
            Assert.AreEqual("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", output);
        }

        [TestMethod]
        public static void PartialHeadTimesOutWith408()
        {
            MemoryTransport transport = new MemoryTransport();
            transport.TimeOutWhenEmpty = true;
            transport.Add("GET /hello HTTP/1.1\r\nHo");
            Assert.StartsWith("HTTP/1.1 408 Request Timeout\r\n", Serve(transport).Output);
            Assert.AreEqual(1, _server.Stats.Timeouts);
        }

        [TestMethod]
        public static void WebSocketRouteWithoutItsLayerIs501()
        {
            MemoryTransport transport = new MemoryTransport();
            transport.Add("GET /ws HTTP/1.1\r\nHost: x\r\n\r\n");
            ServerOptions options = new ServerOptions { ReceiveBufferSize = 256, MaxRequestHeadSize = 256, SendBufferSize = 256, SendDateHeader = false, LingerMs = 0 };
            _server = new ViperServer(options);
            _server.AddRoutes(typeof(ConnectionRoutes));
            _server.WebSocketTakeover = null;
            _slot = new ConnectionSlot(0, 256, 256);
            new HttpConnection(_server, _slot, 1).Serve(transport);
            Assert.StartsWith("HTTP/1.1 501 Not Implemented\r\n", transport.Output);
        }

        [TestMethod]
        public static void TakeoverGetsTheBytesAfterTheHead()
        {
            MemoryTransport transport = new MemoryTransport();
            transport.Add("GET /ws HTTP/1.1\r\nHost: x\r\n\r\nearly");
            ServerOptions options = new ServerOptions { ReceiveBufferSize = 256, MaxRequestHeadSize = 256, SendBufferSize = 256 };
            _server = new ViperServer(options);
            _server.AddRoutes(typeof(ConnectionRoutes));
            _server.WebSocketTakeover = Takeover;
            _slot = new ConnectionSlot(0, 256, 256);
            new HttpConnection(_server, _slot, 1).Serve(transport);
            Assert.AreEqual("early", _pending);
            Assert.AreEqual("", transport.Output);
        }

        private static void Takeover(ConnectionSlot slot, HttpContext context, Route route, int pendingOffset, int pendingCount)
        {
            _pending = System.Text.Encoding.UTF8.GetString(slot.ReceiveBuffer, pendingOffset, pendingCount);
            Assert.AreEqual("/ws", context.Request.Path);
            Assert.AreEqual((int)RouteKind.WebSocket, (int)route.Kind);
        }
    }
}
