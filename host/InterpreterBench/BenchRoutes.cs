using System.Text;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.WebSockets;

namespace Viper.Nano.InterpreterBench
{
    /// <summary>
    /// About ten routes, read from attributes like an application's, and a browser-like request
    /// head. Shared by both benchmarks: host/Benchmarks compiles this file too.
    /// </summary>
    public static class BenchRoutes
    {
        /// <summary>A typical browser-like GET head, as it sits in a connection's receive buffer.</summary>
        public const string RequestHead =
            "GET /api/sensors/3?unit=c HTTP/1.1\r\n" +
            "Host: 192.168.4.1\r\n" +
            "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36\r\n" +
            "Accept: application/json\r\n" +
            "Accept-Encoding: gzip, deflate\r\n" +
            "Connection: keep-alive\r\n" +
            "\r\n";

        private static readonly byte[] HelloBytes = Encoding.UTF8.GetBytes("Hello, world!");

        // Not a literal in the handler: on nanoCLR each load of a literal allocates.
        private static readonly string TextPlain = "text/plain";

        [HttpGet("/")]
        public static void Root(HttpContext context) { }

        [HttpGet("/hello")]
        public static void Hello(HttpContext context)
        {
            context.Response.WriteBytes(HelloBytes, 0, HelloBytes.Length, TextPlain);
        }

        [HttpGet("/stats")]
        public static void Stats(HttpContext context) { }

        [HttpGet("/api/sensors")]
        public static void Sensors(HttpContext context) { }

        [HttpGet("/api/sensors/{id}")]
        public static void Sensor(HttpContext context) { }

        [HttpGet("/api/sensors/{id}/history")]
        public static void History(HttpContext context) { }

        [HttpGet("/api/settings")]
        public static void Settings(HttpContext context) { }

        [HttpPut("/api/settings")]
        public static void SaveSettings(HttpContext context) { }

        [WebSocketRoute("/ws/echo")]
        public static void Echo(WebSocket webSocket) { }

        [WebSocketRoute("/ws/room")]
        public static void Room(WebSocket webSocket) { }
    }
}
