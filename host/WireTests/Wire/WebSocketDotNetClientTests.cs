using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Viper.Nano.WireTests.Wire.Harness;
using Viper.Nano.Server;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>Our WebSocket layer against .NET's ClientWebSocket over loopback.</summary>
    public class WebSocketDotNetClientTests
    {
        private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;

        private static async Task<ClientWebSocket> Connect(WsTestServer server, string path = "/ws/echo", params string[] protocols)
        {
            var client = new ClientWebSocket();
            foreach (string p in protocols) client.Options.AddSubProtocol(p);
            await client.ConnectAsync(server.Uri(path), Timeout);
            return client;
        }

        private static async Task<(WebSocketMessageType type, byte[] data, WebSocketReceiveResult last)> ReceiveMessage(ClientWebSocket client)
        {
            var buffer = new byte[128 * 1024];
            int total = 0;
            WebSocketReceiveResult r;
            do
            {
                r = await client.ReceiveAsync(new ArraySegment<byte>(buffer, total, buffer.Length - total), Timeout);
                total += r.Count;
            }
            while (!r.EndOfMessage);
            return (r.MessageType, buffer.Take(total).ToArray(), r);
        }

        [Fact]
        public async Task EchoesTextAndBinary()
        {
            // 900 bytes: over the default MaxMessageSize (128), within what a 1 KB buffer holds.
            using var server = new WsTestServer(new ServerOptions { MaxMessageSize = 996, MaxBroadcastSize = 996, BroadcastBatchBytes = 1044 });
            using ClientWebSocket client = await Connect(server);
            await client.SendAsync(Encoding.UTF8.GetBytes("héllo 😀"), WebSocketMessageType.Text, true, Timeout);
            var text = await ReceiveMessage(client);
            Assert.Equal(WebSocketMessageType.Text, text.type);
            Assert.Equal("héllo 😀", Encoding.UTF8.GetString(text.data));

            byte[] binary = Enumerable.Range(0, 900).Select(i => (byte)i).ToArray();
            await client.SendAsync(binary, WebSocketMessageType.Binary, true, Timeout);
            var bin = await ReceiveMessage(client);
            Assert.Equal(WebSocketMessageType.Binary, bin.type);
            Assert.Equal(binary, bin.data);

            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Timeout);
            Assert.Equal(WebSocketState.Closed, client.State);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
            Assert.Empty(server.Errors);
        }

        [Fact]
        public async Task FragmentedMessagesAreReassembled()
        {
            using var server = new WsTestServer();
            using ClientWebSocket client = await Connect(server);
            string[] parts = { "frag", "mented ", "", "mess€", "age" };
            for (int i = 0; i < parts.Length; i++)
            {
                await client.SendAsync(Encoding.UTF8.GetBytes(parts[i]), WebSocketMessageType.Text, i == parts.Length - 1, Timeout);
            }

            var m = await ReceiveMessage(client);
            Assert.Equal("fragmented mess€age", Encoding.UTF8.GetString(m.data));
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Timeout);
        }

        [Fact]
        public async Task MessageOverTheLimitIsClosedWith1009()
        {
            using var server = new WsTestServer();
            using ClientWebSocket client = await Connect(server);
            await client.SendAsync(new byte[64 * 1024], WebSocketMessageType.Binary, true, Timeout);
            var m = await ReceiveMessage(client);
            Assert.Equal(WebSocketMessageType.Close, m.type);
            Assert.Equal(WebSocketCloseStatus.MessageTooBig, client.CloseStatus);
            await WaitFor(() => server.CloseCodes.Contains(1009));
        }

        [Theory]
        [InlineData(new[] { "mqttv5", "mqtt" }, "mqtt")]
        [InlineData(new[] { "mqttv5" }, "mqttv5")]
        [InlineData(new[] { "soap" }, null)]
        public async Task SubprotocolNegotiation(string[] offered, string expected)
        {
            using var server = new WsTestServer(protocols: new[] { "mqtt", "mqttv5" });
            // With nothing in common the answer has no Sec-WebSocket-Protocol header (RFC 6455
            // 4.2.2); ClientWebSocket then connects with SubProtocol null.
            using ClientWebSocket ok = await Connect(server, "/ws/mqtt", offered);
            Assert.Equal(expected, ok.SubProtocol);
            await ok.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Timeout);
        }

        [Fact]
        public async Task ServerInitiatedCloseReachesTheClientWithItsCode()
        {
            using var server = new WsTestServer(handler: ws =>
            {
                ws.Accept();
                ws.SendText("goodbye");
                ws.Close(4001, "policy");
            });
            using ClientWebSocket client = await Connect(server);
            Assert.Equal("goodbye", Encoding.UTF8.GetString((await ReceiveMessage(client)).data));
            var close = await ReceiveMessage(client);
            Assert.Equal(WebSocketMessageType.Close, close.type);
            Assert.Equal((WebSocketCloseStatus)4001, client.CloseStatus);
            Assert.Equal("policy", client.CloseStatusDescription);
            Assert.Empty(server.Errors);
        }

        [Fact]
        public async Task KeepalivePingsAreAnsweredByTheClient()
        {
            var options = new ServerOptions { PingIntervalMs = 100, PongTimeoutMs = 1000 };
            using var server = new WsTestServer(options);
            using ClientWebSocket client = await Connect(server);
            Task<(WebSocketMessageType, byte[], WebSocketReceiveResult)> pending = ReceiveMessage(client);
            await Task.Delay(700);
            Assert.False(pending.IsCompleted, "nothing but pings should have arrived");
            Assert.Equal(WebSocketState.Open, client.State);
            await client.SendAsync(Encoding.UTF8.GetBytes("alive"), WebSocketMessageType.Text, true, Timeout);
            Assert.Equal("alive", Encoding.UTF8.GetString((await pending).Item2));
        }

        [Fact]
        public async Task GuideEchoRoute()
        {
            using var server = new WsTestServer(handler: ws =>
            {
                ws.Accept();
                while (true)
                {
                    var msg = ws.Receive();
                    if (msg.Type == Viper.Nano.WebSockets.MessageType.Close) break;
                    ws.SendText("echo:" + msg.Text);
                }
            });
            using ClientWebSocket client = await Connect(server);
            await client.SendAsync(Encoding.UTF8.GetBytes("hi"), WebSocketMessageType.Text, true, Timeout);
            Assert.Equal("echo:hi", Encoding.UTF8.GetString((await ReceiveMessage(client)).data));
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Timeout);
        }

        internal static async Task WaitFor(Func<bool> condition)
        {
            for (int i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
            Assert.True(condition());
        }

    }
}
