using System.Text;
using BenchmarkDotNet.Attributes;
using Viper.Nano.Http;
using Viper.Nano.Routing;

namespace Viper.Nano.Benchmarks.Micro
{
    /// <summary>
    /// The HTTP hot path: parsing a request head in place and matching its path against the
    /// route table. Both should allocate nothing (design principles 4 and 5).
    /// </summary>
    [MemoryDiagnoser]
    public class HttpBenchmarks
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

        private byte[] head;
        private byte[] path;
        private RequestHeadParser parser;
        private RouteTable routes;
        private readonly int[] paramOffsets = new int[4];
        private readonly int[] paramLengths = new int[4];

        [GlobalSetup]
        public void Setup()
        {
            head = Encoding.ASCII.GetBytes(RequestHead);
            path = Encoding.ASCII.GetBytes("/api/sensors/3");

            // One parser per connection slot, with the default limits; the benchmark's routes.
            parser = new RequestHeadParser(1024, 512, 24, 4096);
            routes = new RouteTable();
            routes.Add(typeof(BenchmarkRoutes));
            routes.Freeze();
        }

        [Benchmark(Description = "request-head-parse")]
        public int ParseRequestHead()
        {
            parser.Reset();
            parser.Parse(head, 0, head.Length);
            return parser.HeadLength;
        }

        [Benchmark(Description = "route-match")]
        public int MatchRoute()
        {
            return routes.Match(path, HttpMethods.GetIndex, 0, path.Length, paramOffsets, paramLengths, out _);
        }
    }

    /// <summary>About ten routes, read from attributes like an application's.</summary>
    public static class BenchmarkRoutes
    {
        [HttpGet("/")]
        public static void Root(HttpContext context) { }

        [HttpGet("/hello")]
        public static void Hello(HttpContext context) { }

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
        public static void Echo(object webSocket) { }

        [WebSocketRoute("/ws/room")]
        public static void Room(object webSocket) { }
    }
}
