using System;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>The guide's WebSocket routes, driven by .NET's ClientWebSocket over loopback.</summary>
    [Collection(GuideCollection.Name)]
    public class GuideWebSocketTests
    {
        private readonly GuideServer server;

        public GuideWebSocketTests(GuideServer server) => this.server = server;

        internal static async Task<string> ReceiveText(ClientWebSocket ws, int timeoutMs = 5000)
        {
            using var cts = new CancellationTokenSource(timeoutMs);
            var buffer = new byte[8192];
            int total = 0;
            WebSocketReceiveResult r;
            do
            {
                r = await ws.ReceiveAsync(new ArraySegment<byte>(buffer, total, buffer.Length - total), cts.Token);
                total += r.Count;
            }
            while (!r.EndOfMessage);
            Assert.Equal(WebSocketMessageType.Text, r.MessageType);
            return Encoding.UTF8.GetString(buffer, 0, total);
        }

        internal static Task SendText(ClientWebSocket ws, string text) =>
            ws.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

        [Fact]
        public async Task EchoRepliesWithThePrefix()
        {
            using var ws = new ClientWebSocket();
            await ws.ConnectAsync(server.Ws("/ws/echo"), CancellationToken.None);
            await SendText(ws, "hello ✓");
            Assert.Equal("echo:hello ✓", await ReceiveText(ws));
            await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, ws.CloseStatus);
        }

        [Fact]
        public async Task AFragmentedMessageIsReassembled()
        {
            using var ws = new ClientWebSocket();
            await ws.ConnectAsync(server.Ws("/ws/echo"), CancellationToken.None);
            await ws.SendAsync(Encoding.UTF8.GetBytes("frag"), WebSocketMessageType.Text, false, CancellationToken.None);
            await ws.SendAsync(Encoding.UTF8.GetBytes("ment"), WebSocketMessageType.Text, true, CancellationToken.None);
            Assert.Equal("echo:fragment", await ReceiveText(ws));
        }

        [Theory]
        [InlineData(new[] { "mqttv5", "mqtt" }, "mqtt")]
        [InlineData(new[] { "mqttv5" }, "mqttv5")]
        public async Task TheServersFirstSupportedProtocolThatTheClientOfferedIsChosen(string[] offered, string expected)
        {
            using var ws = new ClientWebSocket();
            foreach (string p in offered) ws.Options.AddSubProtocol(p);
            await ws.ConnectAsync(server.Ws("/ws/mqtt"), CancellationToken.None);
            Assert.Equal(expected, ws.SubProtocol);
            Assert.Equal("protocol:" + expected, await ReceiveText(ws));
        }

        [Fact]
        public async Task WithNoProtocolInCommonTheServerNamesNone()
        {
            using var ws = new ClientWebSocket();
            ws.Options.AddSubProtocol("amqp");
            await ws.ConnectAsync(server.Ws("/ws/mqtt"), CancellationToken.None);
            Assert.Null(ws.SubProtocol);
            Assert.Equal("protocol:none", await ReceiveText(ws));
        }

        [Fact]
        public async Task AChatMessageReachesEveryMemberOfTheRoom()
        {
            using var a = new ClientWebSocket();
            using var b = new ClientWebSocket();
            await a.ConnectAsync(server.Ws("/ws/chat"), CancellationToken.None);
            await b.ConnectAsync(server.Ws("/ws/chat"), CancellationToken.None);
            await Task.Delay(200); // both handlers have joined "general"
            await SendText(a, "hi all");
            Assert.Contains("\"text\":\"hi all\"", await ReceiveText(a));
            Assert.Contains("\"text\":\"hi all\"", await ReceiveText(b));
        }

        [Fact]
        public async Task AMessageOverTheLimitIsClosedWith1009()
        {
            using var ws = new ClientWebSocket();
            await ws.ConnectAsync(server.Ws("/ws/echo"), CancellationToken.None);
            await ws.SendAsync(new byte[server.Options.MaxMessageSize + 1], WebSocketMessageType.Binary, true, CancellationToken.None);
            using var cts = new CancellationTokenSource(5000);
            var r = await ws.ReceiveAsync(new byte[256], cts.Token);
            Assert.Equal(WebSocketMessageType.Close, r.MessageType);
            Assert.Equal((WebSocketCloseStatus)1009, ws.CloseStatus);
        }
    }
}
