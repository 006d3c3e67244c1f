using System;
using System.Net.Sockets;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Steady-state allocation of a request: a GET answered from a fixed byte array. Measured with
    /// GC.GetAllocatedBytesForCurrentThread on the slot's own thread, between consecutive
    /// requests on one keep-alive connection, so the figure covers receiving, parsing, routing,
    /// invoking the handler, writing and sending the response.
    /// </summary>
    public class HttpAllocationTests
    {
        private readonly ITestOutputHelper _output;

        public HttpAllocationTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData("/alloc")]
        [InlineData("/alloc-text")]
        public void GetOfAFixedResponseAllocatesNothingPerRequest(string path)
        {
            using var server = new TestServer(o => { o.MaxConnections = 1; o.SendDateHeader = true; });
            using var client = server.Connect();
            NetworkStream stream = client.GetStream();
            byte[] request = Encoding.ASCII.GetBytes("GET " + path + " HTTP/1.1\r\nHost: x\r\nUser-Agent: allocation-test\r\nAccept: */*\r\n\r\n");
            var buffer = new byte[4096];
            const int warmUp = 50;
            const int measured = 500;
            long start = 0;
            for (int i = 0; i < warmUp + measured; i++)
            {
                stream.Write(request, 0, request.Length);
                ReadOne(stream, buffer);
                if (i == warmUp) start = HttpTestRoutes.LastAllocated;
            }

            // One more request records the counter after the last measured one completed.
            stream.Write(request, 0, request.Length);
            ReadOne(stream, buffer);
            long perRequest = (HttpTestRoutes.LastAllocated - start) / measured;
            _output.WriteLine(path + ": allocated per request: " + perRequest + " bytes (total " + (HttpTestRoutes.LastAllocated - start) + " over " + measured + ")");
            Assert.Equal(0, perRequest);
        }

        // Reads one response to an /alloc request (fixed length body).
        private static void ReadOne(NetworkStream stream, byte[] buffer)
        {
            int have = 0;
            while (true)
            {
                int n = stream.Read(buffer, have, buffer.Length - have);
                if (n <= 0) throw new InvalidOperationException("closed");
                have += n;
                string text = Encoding.ASCII.GetString(buffer, 0, have);
                int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (end >= 0 && have >= end + 4 + HttpTestRoutes.FixedBody.Length) return;
            }
        }
    }
}
