using System.Text;
using BenchmarkDotNet.Attributes;
using Viper.Nano.Http;
using Viper.Nano.InterpreterBench;
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
        private byte[] head;
        private byte[] path;
        private RequestHeadParser parser;
        private RouteTable routes;
        private readonly int[] paramOffsets = new int[4];
        private readonly int[] paramLengths = new int[4];

        [GlobalSetup]
        public void Setup()
        {
            head = Encoding.ASCII.GetBytes(BenchRoutes.RequestHead);
            path = Encoding.ASCII.GetBytes("/api/sensors/3");

            // One parser per connection slot, with the default limits; the benchmark's routes.
            parser = new RequestHeadParser(1024, 512, 24, 4096);
            routes = new RouteTable();
            routes.Add(typeof(BenchRoutes));
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
}
