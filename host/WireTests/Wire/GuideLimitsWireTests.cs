using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Issue 15 against the guide sample with its device-default limits: whatever a client may
    /// send, the chat relays (item 1); a client trickling a frame is closed with 1008 (item 8).
    /// </summary>
    [Collection(GuideCollection.Name)]
    public class GuideLimitsWireTests
    {
        private readonly GuideServer server;

        public GuideLimitsWireTests(GuideServer server) => this.server = server;

        // The largest message, every byte a control character: the JSON post is 6 x 128 + 25
        // bytes. Before the fix a 600-byte message (then allowed) closed its sender with 1011.
        [Fact]
        public async Task TheChatRelaysTheLargestMessageWhateverItHolds()
        {
            using var a = new ClientWebSocket();
            using var b = new ClientWebSocket();
            await a.ConnectAsync(server.Ws("/ws/chat"), CancellationToken.None);
            await b.ConnectAsync(server.Ws("/ws/chat"), CancellationToken.None);
            await Task.Delay(200);
            string text = new string('\u0001', server.Options.MaxMessageSize);
            await GuideWebSocketTests.SendText(a, text);
            string expected = "{\"user\":\"anon\",\"text\":\"" + string.Concat(System.Linq.Enumerable.Repeat("\\u0001", text.Length)) + "\"}";
            Assert.Equal(expected, await GuideWebSocketTests.ReceiveText(b));
            Assert.Equal(expected, await GuideWebSocketTests.ReceiveText(a));
            Assert.Equal("hi", System.Text.Json.JsonDocument.Parse(await Relay(a, b, "hi")).RootElement.GetProperty("text").GetString());
            Assert.Equal(WebSocketState.Open, a.State);
            string stats = await new System.Net.Http.HttpClient().GetStringAsync(server.Http("/stats"));
            Assert.Contains("\"broadcastsTooLarge\":0", stats);
        }

        private static async Task<string> Relay(ClientWebSocket from, ClientWebSocket to, string text)
        {
            await GuideWebSocketTests.SendText(from, text);
            await GuideWebSocketTests.ReceiveText(from);
            return await GuideWebSocketTests.ReceiveText(to);
        }

        // One byte of a frame every 2 s, as the issue measured: the line is never silent, so the
        // keepalive never fires. FrameTimeoutMs (5 s) closes it with 1008 and frees the slot.
        [Fact]
        public void AClientTricklingAFrameIsClosedWith1008()
        {
            Assert.Equal(5000, server.Options.FrameTimeoutMs);
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 15000, NoDelay = true };
            socket.Connect("127.0.0.1", server.Port);
            socket.Send(Encoding.ASCII.GetBytes("GET /ws/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
            string head = ReadHead(socket);
            Assert.StartsWith("HTTP/1.1 101", head);

            byte[] frame = WebSocketProtocolViolationTests.Frame(0x81, new byte[100]);
            var clock = Stopwatch.StartNew();
            var received = new MemoryStream();
            var buffer = new byte[256];
            int sent = 0;
            bool closedByServer = false;
            while (clock.ElapsedMilliseconds < 20000 && !closedByServer)
            {
                if (sent < frame.Length)
                {
                    try { socket.Send(frame, sent, 1, SocketFlags.None); sent++; }
                    catch (SocketException) { break; }
                }

                if (socket.Poll(2_000_000, SelectMode.SelectRead))
                {
                    int n;
                    try { n = socket.Receive(buffer); }
                    catch (SocketException) { break; }
                    if (n == 0) closedByServer = true;
                    received.Write(buffer, 0, n);
                }
            }

            // Skip the keepalive Pings the server may send meanwhile (GuideServer pings every 2 s).
            byte[] got = received.ToArray();
            int p = 0;
            while (p + 2 <= got.Length && got[p] != 0x88) p += 2 + (got[p + 1] & 0x7F);
            Assert.True(p + 4 <= got.Length, "no Close frame after " + clock.ElapsedMilliseconds + " ms and " + sent + " bytes");
            Assert.Equal(1008, (got[p + 2] << 8) | got[p + 3]);
            Assert.True(closedByServer, "the server closed TCP after its Close");
            Assert.InRange(sent, 2, 6); // about 5 s at one byte every 2 s, not the 106 bytes of the frame
            Assert.InRange(clock.ElapsedMilliseconds, 4000, 15000);
        }

        private static string ReadHead(Socket socket)
        {
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n") && socket.Receive(one) == 1) head.Append((char)one[0]);
            return head.ToString();
        }
    }
}
