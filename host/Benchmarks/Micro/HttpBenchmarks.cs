using System.Text;
using BenchmarkDotNet.Attributes;

namespace Viper.Nano.Benchmarks.Micro
{
    /// <summary>
    /// The HTTP hot path: parsing a request head in place and matching its path against the
    /// route table. Both should allocate nothing (design principles 4 and 5). The inputs are
    /// ready; the bodies wait for Viper.Nano's parser and router.
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

        [GlobalSetup]
        public void Setup()
        {
            head = Encoding.ASCII.GetBytes(RequestHead);
            path = Encoding.ASCII.GetBytes("/api/sensors/3");

            // TODO(viper): build the parser state (one per connection slot) and a router with
            //   about ten routes read from attributes, the benchmark's own among them:
            //   "/", "/hello", "/ws/echo", "/ws/room", "/api/sensors", "/api/sensors/{id}", ...
        }

        [Benchmark(Description = "request-head-parse")]
        [Pending(Missing.HttpParser)]
        public int ParseRequestHead()
        {
            // TODO(viper): parse `head` (0, head.Length) with Viper.Nano.Http's request parser,
            //   reset per call; return the status or consumed length so the JIT keeps the work.
            return head.Length;
        }

        [Benchmark(Description = "route-match")]
        [Pending(Missing.Router)]
        public int MatchRoute()
        {
            // TODO(viper): match `path` (0, path.Length), method GET, against the router built in
            //   Setup; return the route index and bind {id} without making a string.
            return path.Length;
        }
    }
}
