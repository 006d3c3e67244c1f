using System;
using System.Threading;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Security;
using Viper.Nano.Server;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Routes behind each auth scheme, for the security wire tests. Every handler counts its
    /// runs, so a test can prove that a refused request never reached it. Test-side code.
    /// </summary>
    public static class SecurityTestRoutes
    {
        public const string User = "admin";
        public const string Password = "s3cret:with colon"; // RFC 7617: the password may hold ':'
        public const string Token = "mF_9.B5f-4.1JqM";      // token68 characters, also valid as a sub-protocol token
        public const string Key = "k-2f9a61";

        private static int basic;
        private static int bearer;
        private static int apiKey;
        private static int open;
        private static int events;

        public static int Basic => Volatile.Read(ref basic);
        public static int Bearer => Volatile.Read(ref bearer);
        public static int ApiKey => Volatile.Read(ref apiKey);
        public static int Open => Volatile.Read(ref open);
        public static int Events => Volatile.Read(ref events);

        /// <summary>Runs of every handler of this class and <see cref="SecuredClassRoutes"/>.</summary>
        public static int All => Basic + Bearer + ApiKey + Open + Events + SecuredClassRoutes.Runs;

        public static void ResetCounters()
        {
            basic = bearer = apiKey = open = events = 0;
            SecuredClassRoutes.Runs = 0;
        }

        /// <summary>A server on an ephemeral port with these routes, the test credentials, and no rate cap unless asked.</summary>
        public static TestServer Start(Action<ServerOptions> configure = null)
        {
            ResetCounters();
            return new TestServer(o =>
            {
                o.MaxConnections = 6;
                o.RatePerSecond = 0;
                o.MaxConnectionsPerAddress = 0;
                o.PingIntervalMs = 0;
                o.Credentials.AddUser(User, Password);
                o.Credentials.AddBearerToken(Token);
                o.Credentials.AddApiKey(Key);
                configure?.Invoke(o);
            }, typeof(SecurityTestRoutes), typeof(SecuredClassRoutes));
        }

        [HttpGet("/open")]
        public static void OpenGet(HttpContext context)
        {
            Interlocked.Increment(ref open);
            context.Response.WriteText("open");
        }

        /// <summary>A page for the browser tests: its origin is whatever host name the browser used.</summary>
        [HttpGet("/page")]
        public static void Page(HttpContext context) =>
            context.Response.WriteText("<!doctype html><title>viper security</title><p>page", "text/html; charset=utf-8");

        [HttpGet("/basic")]
        [BasicAuth("viper-test")]
        public static void BasicGet(HttpContext context)
        {
            Interlocked.Increment(ref basic);
            context.Response.WriteText("basic ok");
        }

        [HttpGet("/bearer")]
        [BearerAuth]
        public static void BearerGet(HttpContext context)
        {
            Interlocked.Increment(ref bearer);
            context.Response.WriteText("bearer ok");
        }

        [HttpGet("/apikey")]
        [ApiKey]
        public static void ApiKeyGet(HttpContext context)
        {
            Interlocked.Increment(ref apiKey);
            context.Response.WriteText("apikey ok");
        }

        [WebSocketRoute("/ws/open")]
        public static void OpenSocket(WebSocket ws)
        {
            Interlocked.Increment(ref open);
            Echo(ws);
        }

        [WebSocketRoute("/ws/basic")]
        [BasicAuth("viper-test")]
        public static void BasicSocket(WebSocket ws)
        {
            Interlocked.Increment(ref basic);
            Echo(ws);
        }

        // "viper" is the real protocol a browser offers next to "bearer.TOKEN".
        [WebSocketRoute("/ws/bearer", "viper")]
        [BearerAuth]
        public static void BearerSocket(WebSocket ws)
        {
            Interlocked.Increment(ref bearer);
            Echo(ws);
        }

        [WebSocketRoute("/ws/apikey")]
        [ApiKey("X-API-Key", "api_key")]
        public static void ApiKeySocket(WebSocket ws)
        {
            Interlocked.Increment(ref apiKey);
            Echo(ws);
        }

        [SseRoute("/events/bearer")]
        [BearerAuth]
        public static void BearerEvents(SseStream stream)
        {
            Interlocked.Increment(ref events);
            stream.Send("tick", "secret reading");
        }

        // Echoes each message as "echo:<text>|<subprotocol>" until the client closes.
        private static void Echo(WebSocket ws)
        {
            if (!ws.Accept()) return;
            while (true)
            {
                WebSocketMessage message = ws.Receive();
                if (message.Type == MessageType.Close) return;
                ws.SendText("echo:" + message.Text + "|" + (ws.Subprotocol ?? "none"));
            }
        }
    }

    /// <summary>A class-level attribute protects every route of the class; a method's own attribute wins.</summary>
    [ApiKey("X-Board-Key", "")]
    public static class SecuredClassRoutes
    {
        public static int Runs;

        [HttpGet("/board/status")]
        public static void Status(HttpContext context)
        {
            Interlocked.Increment(ref Runs);
            context.Response.WriteText("status");
        }

        [HttpGet("/board/admin")]
        [BasicAuth("board")]
        public static void Admin(HttpContext context)
        {
            Interlocked.Increment(ref Runs);
            context.Response.WriteText("admin");
        }
    }
}
