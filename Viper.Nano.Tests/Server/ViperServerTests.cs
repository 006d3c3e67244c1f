using System.Threading;
using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Security;
using Viper.Nano.Server;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Server
{
    /// <summary>HTTP routes for the whole-server tests.</summary>
    public static class ServerRoutes
    {
        /// <summary>Holds /block requests until set.</summary>
        public static readonly ManualResetEvent Release = new ManualResetEvent(false);

        [HttpGet("/hello")]
        public static void Hello(HttpContext context)
        {
            context.Response.WriteText("hello");
        }

        [HttpGet("/items/{id}")]
        public static void Item(HttpContext context)
        {
            context.Response.WriteText("item " + context.Request.GetRouteParam("id"));
        }

        [HttpGet("/block")]
        public static void Block(HttpContext context)
        {
            Release.WaitOne(MemoryServer.WaitMs, false);
            context.Response.WriteText("released");
        }

        [HttpGet("/secret")]
        [BearerAuth]
        public static void Secret(HttpContext context)
        {
            context.Response.WriteText("the secret");
        }
    }

    /// <summary>
    /// The whole server started on an in-memory listener: the accept thread, the worker threads,
    /// the route table and the handlers, as a socket client would meet them (these run on the
    /// interpreter too, which has no network).
    /// </summary>
    [TestClass]
    public class ViperServerTests
    {
        private static ServerOptions Options()
        {
            var o = new ServerOptions();
            o.PingIntervalMs = 0;
            o.Credentials.AddBearerToken("t0k3n");
            return o;
        }

        [TestMethod]
        public static void AGetGoesThroughTheRouteTableToItsHandler()
        {
            var server = new MemoryServer(Options(), typeof(ServerRoutes));
            try
            {
                string response = server.Exchange("GET /items/42 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                Assert.StartsWith("HTTP/1.1 200 OK\r\n", response);
                Assert.EndsWith("\r\n\r\nitem 42", response);
                Assert.StartsWith("HTTP/1.1 404 ", server.Exchange("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
                Assert.AreEqual(2, server.Server.Stats.Requests);
            }
            finally
            {
                server.Stop();
            }
        }

        [TestMethod]
        public static void KeepAliveServesSeveralRequestsOnOneConnection()
        {
            var server = new MemoryServer(Options(), typeof(ServerRoutes));
            try
            {
                PipeTransport client = server.Connect();
                client.ClientWrite("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
                Assert.EndsWith("hello", client.ClientReadUntil("hello", MemoryServer.WaitMs));
                client.ClientWrite("GET /items/7 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                Assert.EndsWith("item 7", client.ClientReadToClose(MemoryServer.WaitMs));
            }
            finally
            {
                server.Stop();
            }
        }

        [TestMethod]
        public static void AProtectedRouteRefusesThenAdmits()
        {
            var server = new MemoryServer(Options(), typeof(ServerRoutes));
            try
            {
                string refused = server.Exchange("GET /secret HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                Assert.StartsWith("HTTP/1.1 401 ", refused);
                Assert.Contains("WWW-Authenticate: Bearer", refused);
                Assert.DoesNotContains("the secret", refused);
                // RFC 6750 3.1: a wrong token is 401 with error="invalid_token".
                string wrong = server.Exchange("GET /secret HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer wrong\r\nConnection: close\r\n\r\n");
                Assert.StartsWith("HTTP/1.1 401 ", wrong);
                Assert.Contains("error=\"invalid_token\"", wrong);
                string admitted = server.Exchange("GET /secret HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0k3n\r\nConnection: close\r\n\r\n");
                Assert.StartsWith("HTTP/1.1 200 OK\r\n", admitted);
                Assert.EndsWith("the secret", admitted);
            }
            finally
            {
                server.Stop();
            }
        }

        [TestMethod]
        public static void EverySlotBusyGets503AtOnce()
        {
            ServerOptions o = Options();
            o.MaxConnections = 2;
            o.WorkerThreads = 2; // both slots hold a blocked request
            ServerRoutes.Release.Reset();
            var server = new MemoryServer(o, typeof(ServerRoutes));
            try
            {
                PipeTransport a = server.Connect();
                PipeTransport b = server.Connect();
                a.ClientWrite("GET /block HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                b.ClientWrite("GET /block HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                Assert.IsTrue(MemoryServer.WaitFor(() => server.Server.Stats.Requests == 2), "both slots busy");
                string refused = server.Exchange("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
                Assert.StartsWith("HTTP/1.1 503 ", refused);
                Assert.Contains("Retry-After: 1\r\n", refused);
                Assert.Contains("Connection: close\r\n", refused);
                Assert.AreEqual(1, server.Server.Stats.ConnectionsRefused);
                ServerRoutes.Release.Set();
                Assert.EndsWith("released", a.ClientReadToClose(MemoryServer.WaitMs));
                Assert.EndsWith("released", b.ClientReadToClose(MemoryServer.WaitMs));
                Assert.IsTrue(MemoryServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 0), "slots freed");
                Assert.EndsWith("hello", server.Exchange("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
            }
            finally
            {
                ServerRoutes.Release.Set();
                server.Stop();
            }
        }

        // ServerOptions.WorkerThreads: with every worker held (here by a blocked handler), a new
        // client gets one more worker while the heap allows, and that worker ends with its
        // connection (the wait for a free worker, when the heap does not allow one, is tested on
        // the PC, where the free heap can be simulated: WorkerWaitTests).
        [TestMethod]
        public static void ABusyWorkerGetsCompanyAndTheExtraWorkerEnds()
        {
            ServerOptions o = Options();
            o.WorkerThreads = 1;
            ServerRoutes.Release.Reset();
            var server = new MemoryServer(o, typeof(ServerRoutes));
            try
            {
                PipeTransport a = server.Connect();
                a.ClientWrite("GET /block HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                Assert.IsTrue(MemoryServer.WaitFor(() => server.Server.Stats.Requests == 1), "the worker is busy");
                Assert.EndsWith("hello", server.Exchange("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), "served by an extra worker");
                Assert.IsTrue(MemoryServer.WaitFor(() => server.Server.WorkerCount == 1), "the extra worker ended with its connection");
                ServerRoutes.Release.Set();
                Assert.EndsWith("released", a.ClientReadToClose(MemoryServer.WaitMs));
                Assert.AreEqual(0, server.Server.Stats.ConnectionsRefused);
            }
            finally
            {
                ServerRoutes.Release.Set();
                server.Stop();
            }
        }

        [TestMethod]
        public static void AnIdleKeepAliveConnectionHandsItsSlotToANewClient()
        {
            ServerOptions o = Options();
            o.MaxConnections = 1;
            o.IdleTimeoutMs = 10000;
            var server = new MemoryServer(o, typeof(ServerRoutes));
            try
            {
                PipeTransport idle = server.Connect();
                idle.ClientWrite("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
                Assert.EndsWith("hello", idle.ClientReadUntil("hello", MemoryServer.WaitMs));
                Assert.EndsWith("item 1", server.Exchange("GET /items/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
                Assert.AreEqual(1, server.Server.Stats.ConnectionsReclaimed);
                Assert.AreEqual(0, server.Server.Stats.ConnectionsRefused);
                Assert.IsTrue(idle.ClosedByServer, "the idle connection was closed");
            }
            finally
            {
                server.Stop();
            }
        }
    }
}
