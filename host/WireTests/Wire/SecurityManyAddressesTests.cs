using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;
using Xunit.Abstractions;
using static Viper.Nano.WireTests.Wire.SecurityTestRoutes;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Issue 15, item 7: clients spread over more addresses than the rate limiter's table. Every
    /// 127.x.y.z is loopback on Linux, so each request binds its socket to one of many 127.0.1.N
    /// addresses and the server sees that many clients.
    /// </summary>
    [Collection(SecurityCollection.Name)]
    public class SecurityManyAddressesTests
    {
        private readonly ITestOutputHelper output;

        public SecurityManyAddressesTests(ITestOutputHelper output) => this.output = output;

        private static string Get(TestServer server, string localAddress, string path, string header)
        {
            using var client = new TcpClient(new IPEndPoint(IPAddress.Parse(localAddress), 0)) { ReceiveTimeout = 5000, NoDelay = true };
            client.Connect("127.0.0.1", server.Port);
            NetworkStream stream = client.GetStream();
            byte[] request = Encoding.ASCII.GetBytes("GET " + path + " HTTP/1.1\r\nHost: x\r\n" + header + "Connection: close\r\n\r\n");
            stream.Write(request, 0, request.Length);
            return TestServer.ReadToClose(stream);
        }

        // Before: the 17th address evicted the longest idle one, which came back with a fresh
        // burst, so every request passed (2,000 of 2,000 in the issue).
        [Theory]
        [InlineData(17)]
        [InlineData(24)]
        public void AddressesInTurnBeyondTheTableGetNoFreshBursts(int addresses)
        {
            using TestServer server = Start(o =>
            {
                o.RatePerSecond = 2;
                o.RateBurst = 4;
                o.RateTableSize = 16;
            });
            int passed = 0, limited = 0, total = 0;
            var clock = Stopwatch.StartNew();
            for (int round = 0; round < 20; round++)
            {
                for (int a = 0; a < addresses; a++)
                {
                    string response = Get(server, "127.0.1." + (10 + a), "/open", "");
                    total++;
                    if (response.StartsWith("HTTP/1.1 200")) passed++;
                    else if (response.StartsWith("HTTP/1.1 429")) limited++;
                }
            }

            double seconds = clock.Elapsed.TotalSeconds;
            // 16 table entries and the shared overflow bucket: each its burst plus its rate.
            double bound = 17 * (4 + 2 * seconds);
            output.WriteLine(addresses + " addresses: " + passed + " of " + total + " passed, " + limited + " got 429, in " + seconds.ToString("F1") + " s (bound " + bound.ToString("F0") + ")");
            Assert.Equal(total, passed + limited);
            Assert.True(passed <= bound, passed + " passed, over " + bound.ToString("F0"));
            Assert.True(passed < total, "nothing was limited");
            Assert.True(passed >= 16 * 4, "the tracked addresses still get their bursts: " + passed);
        }

        // Before: 3,000 and 4,000 of as many wrong tokens from 17 or 32 addresses reached the
        // credential check, about 4,000 guesses a second.
        [Theory]
        [InlineData(17)]
        [InlineData(32)]
        public void WrongBearerTokensFromManyAddressesAreLimitedServerWide(int addresses)
        {
            using TestServer server = Start(o =>
            {
                o.AuthFailureBurst = 10;
                o.AuthFailureRefillMs = 1000;
            });
            int checkedGuesses = 0, refused = 0, total = 0;
            var clock = Stopwatch.StartNew();
            for (int round = 0; round < 6; round++)
            {
                for (int a = 0; a < addresses; a++)
                {
                    string response = Get(server, "127.0.2." + (10 + a), "/bearer", "Authorization: Bearer guess-" + round + "-" + a + "\r\n");
                    total++;
                    if (response.StartsWith("HTTP/1.1 401")) checkedGuesses++;
                    else if (response.StartsWith("HTTP/1.1 429"))
                    {
                        refused++;
                        Assert.Contains("Retry-After: ", response);
                    }
                }
            }

            double seconds = clock.Elapsed.TotalSeconds;
            double bound = 10 + seconds + 1;
            output.WriteLine(addresses + " addresses: " + checkedGuesses + " of " + total + " wrong tokens checked, " + refused + " got 429, in " + seconds.ToString("F1") + " s (bound " + bound.ToString("F0") + ")");
            Assert.Equal(total, checkedGuesses + refused);
            Assert.True(checkedGuesses <= bound, checkedGuesses + " guesses checked, over " + bound.ToString("F0"));
            Assert.Equal(checkedGuesses, server.Server.Stats.AuthFailures);
            Assert.Equal(0, Bearer);
        }
    }
}
