using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using static Viper.Nano.WireTests.Wire.SecurityTestRoutes;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// One client cannot exhaust the device: connection slots per remote address (503) and the
    /// per-address request rate (token bucket, 429 with Retry-After), over loopback.
    /// A second client address is 127.0.0.2, which Linux routes to loopback.
    /// </summary>
    [Collection(SecurityCollection.Name)]
    public class SecurityLimitsTests
    {
        private static TcpClient ConnectFrom(TestServer server, string localAddress)
        {
            var client = new TcpClient(new IPEndPoint(IPAddress.Parse(localAddress), 0)) { ReceiveTimeout = 5000, NoDelay = true };
            client.Connect("127.0.0.1", server.Port);
            return client;
        }

        /// <summary>GET on a new connection from <paramref name="localAddress"/>; the response until the server closes.</summary>
        private static string RawGet(TestServer server, string path, string localAddress = "127.0.0.1")
        {
            using TcpClient client = ConnectFrom(server, localAddress);
            NetworkStream stream = client.GetStream();
            byte[] request = Encoding.ASCII.GetBytes("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            stream.Write(request, 0, request.Length);
            return TestServer.ReadToClose(stream);
        }

        [Fact]
        public void AThirdConnectionFromOneAddressGets503WhileTwoAreHeld()
        {
            using TestServer server = Start(o =>
            {
                o.MaxConnectionsPerAddress = 2;
                o.HeadTimeoutMs = 10000; // the held connections send nothing and must stay
            });
            using TcpClient first = server.Connect();
            using TcpClient second = server.Connect();
            Assert.True(TestServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 2));

            string third = RawGet(server, "/open");
            Assert.StartsWith("HTTP/1.1 503 Service Unavailable\r\n", third);
            Assert.Contains("Retry-After: 1\r\n", third);
            Assert.Equal(1, server.Server.Stats.ConnectionsRefused);
            Assert.Equal(0, Open);

            // Another address still gets in: the cap is per address, and slots are free.
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", RawGet(server, "/open", "127.0.0.2"));

            // When one of the two goes, the address may connect again.
            first.Close();
            Assert.True(TestServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 1));
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", RawGet(server, "/open"));
            Assert.Equal(2, Open);
        }

        [Fact]
        public async Task HeldWebSocketsCountAgainstTheAddressToo()
        {
            using TestServer server = Start(o => o.MaxConnectionsPerAddress = 2);
            using var a = new ClientWebSocket();
            using var b = new ClientWebSocket();
            await a.ConnectAsync(server.Ws("/ws/open"), CancellationToken.None);
            await b.ConnectAsync(server.Ws("/ws/open"), CancellationToken.None);
            using var c = new ClientWebSocket();
            c.Options.CollectHttpResponseDetails = true;
            await Assert.ThrowsAsync<WebSocketException>(() => c.ConnectAsync(server.Ws("/ws/open"), CancellationToken.None));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, c.HttpStatusCode);
            Assert.Equal(2, Open);
        }

        [Fact]
        public async Task TheSixthQuickRequestGets429AndTheBucketRefillsWithinASecond()
        {
            using TestServer server = Start(o =>
            {
                o.RatePerSecond = 5;
                o.RateBurst = 5;
            });
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var clock = Stopwatch.StartNew();
            int passed = 0;
            HttpResponseMessage limited = null;
            while (limited == null && passed < 20)
            {
                HttpResponseMessage r = await http.GetAsync(server.Url("/open"));
                if (r.StatusCode == HttpStatusCode.OK) passed++;
                else limited = r;
            }

            // Five at once, then one every 200 ms: six requests inside 200 ms cannot all pass. A
            // slower machine may earn a token meanwhile, never more than the time allows.
            long ms = clock.ElapsedMilliseconds;
            Assert.NotNull(limited);
            if (ms < 200) Assert.Equal(5, passed);
            else Assert.InRange(passed, 5, 5 + (int)(ms / 200) + 1);
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), limited.Headers.RetryAfter.Delta);
            Assert.Equal(passed, Open);
            Assert.Equal(1, server.Server.Stats.RateLimited);

            // Another address has its own bucket.
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", RawGet(server, "/open", "127.0.0.2"));

            await Task.Delay(1100);
            for (int i = 0; i < 5; i++)
            {
                using HttpResponseMessage again = await http.GetAsync(server.Url("/open"));
                Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            }

            Assert.Equal(passed + 6, Open);
        }

        [Fact]
        public async Task TheRateCapCoversUpgradesAndProtectedRoutesBeforeTheirCredentialsAreChecked()
        {
            using TestServer server = Start(o =>
            {
                o.RatePerSecond = 1;
                o.RateBurst = 2;
            });
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(server.Url("/bearer?token=guess1"))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(server.Url("/bearer?token=guess2"))).StatusCode);
            // Guessing is slowed down: the third guess is not even checked.
            Assert.Equal(HttpStatusCode.TooManyRequests, (await http.GetAsync(server.Url("/bearer?token=" + Token))).StatusCode);
            using var ws = new ClientWebSocket();
            ws.Options.CollectHttpResponseDetails = true;
            await Assert.ThrowsAsync<WebSocketException>(() => ws.ConnectAsync(server.Ws("/ws/open"), CancellationToken.None));
            Assert.Equal(HttpStatusCode.TooManyRequests, ws.HttpStatusCode);
            Assert.Equal(2, server.Server.Stats.AuthFailures);
            Assert.Equal(0, All);
        }
    }
}
