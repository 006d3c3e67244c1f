using System;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// A member that stops reading must not hold up the room: it is dropped (close 1008 when its
    /// socket can take the frame), and a reading member keeps receiving every broadcast.
    /// </summary>
    [Collection(GuideCollection.Name)]
    public class SlowMemberTests
    {
        private readonly GuideServer server;

        public SlowMemberTests(GuideServer server) => this.server = server;

        [Fact]
        public async Task AStalledMemberIsDroppedWhileTheOthersKeepUp()
        {
            // The stalled client: a real handshake from a raw socket, then it never reads again.
            using var stalled = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            stalled.ReceiveBufferSize = 4096;
            stalled.Connect("127.0.0.1", server.Port);
            stalled.Send(Encoding.ASCII.GetBytes("GET /ws/chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
            var head = new byte[1024];
            Assert.Contains("101", Encoding.ASCII.GetString(head, 0, stalled.Receive(head)));

            int droppedBefore = GuideRoutesManager.Stats.DroppedSlow;
            using var talker = new ClientWebSocket();
            await talker.ConnectAsync(server.Ws("/ws/chat"), CancellationToken.None);
            await Task.Delay(200);
            // 100 control characters and a counter: within the default MaxMessageSize (128), and
            // a 625-byte post once escaped, so the stalled socket fills long before the keepalive
            // (GuideServer pings every 2 s) would find it dead.
            string text = new string('\u0001', 100);
            string escaped = string.Concat(System.Linq.Enumerable.Repeat("\\u0001", 100));
            int sent = 0;
            DateTime deadline = DateTime.UtcNow.AddSeconds(30);
            while (GuideRoutesManager.Stats.DroppedSlow == droppedBefore && DateTime.UtcNow < deadline)
            {
                await GuideWebSocketTests.SendText(talker, text + sent);
                string echo = await GuideWebSocketTests.ReceiveText(talker, 5000);
                Assert.Contains(escaped + sent, echo);
                sent++;
            }

            Assert.True(GuideRoutesManager.Stats.DroppedSlow > droppedBefore, "the stalled member was never dropped after " + sent + " messages");
            // And the room goes on: the talker still gets its broadcasts at once.
            await GuideWebSocketTests.SendText(talker, "after");
            Assert.Contains("after", await GuideWebSocketTests.ReceiveText(talker, 2000));
        }
    }

    internal static class GuideRoutesManager
    {
        public static Viper.Nano.Rooms.RoomStats Stats => Viper.Nano.Samples.WebSocketGuide.GuideRoutes.Manager.Stats;
    }
}
