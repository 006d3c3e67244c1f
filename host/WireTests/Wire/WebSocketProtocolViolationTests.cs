using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using Viper.Nano.WireTests.Wire.Harness;
using Viper.Nano.Server;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Raw sockets sending what no well-behaved client library would: each protocol error must
    /// come back as a Close frame with the right code, then the server closes TCP.
    /// </summary>
    public class WebSocketProtocolViolationTests
    {
        private const string Key = "dGhlIHNhbXBsZSBub25jZQ==";
        private static readonly byte[] Mask = { 0x37, 0xfa, 0x21, 0x3d };

        private static string Upgrade(string extraHeaders, string key = Key, string version = "13") =>
            "GET /ws/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            (key == null ? "" : "Sec-WebSocket-Key: " + key + "\r\n") +
            (version == null ? "" : "Sec-WebSocket-Version: " + version + "\r\n") + extraHeaders + "\r\n";

        private static (Socket socket, string head) Open(WsTestServer server, string request)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 5000 };
            socket.Connect("127.0.0.1", server.Port);
            socket.Send(Encoding.ASCII.GetBytes(request));
            var head = new MemoryStream();
            var one = new byte[1];
            while (!Encoding.ASCII.GetString(head.ToArray()).EndsWith("\r\n\r\n"))
            {
                if (socket.Receive(one) == 0) break;
                head.WriteByte(one[0]);
            }

            return (socket, Encoding.ASCII.GetString(head.ToArray()));
        }

        internal static byte[] Frame(int firstByte, byte[] payload, bool masked = true, int? length7 = null)
        {
            var f = new MemoryStream();
            f.WriteByte((byte)firstByte);
            int len = payload.Length;
            if (length7 == null && len > 125)
            {
                f.WriteByte((byte)((masked ? 0x80 : 0) | 126));
                f.WriteByte((byte)(len >> 8));
                f.WriteByte((byte)len);
            }
            else
            {
                f.WriteByte((byte)((masked ? 0x80 : 0) | (length7 ?? len)));
            }

            if (masked) f.Write(Mask);
            for (int i = 0; i < len; i++) f.WriteByte(masked ? (byte)(payload[i] ^ Mask[i & 3]) : payload[i]);
            return f.ToArray();
        }

        // Reads server frames until TCP closes; returns (opcode, payload) of each.
        private static (int opcode, byte[] payload)[] ReadUntilClosed(Socket socket, bool answerClose)
        {
            var data = new MemoryStream();
            var buffer = new byte[4096];
            var frames = new System.Collections.Generic.List<(int, byte[])>();
            while (true)
            {
                int n;
                try { n = socket.Receive(buffer); }
                catch (SocketException) { break; }
                if (n == 0) break;
                data.Write(buffer, 0, n);
                byte[] all = data.ToArray();
                frames.Clear();
                int p = 0;
                while (p + 2 <= all.Length)
                {
                    int len = all[p + 1] & 0x7F;
                    int h = 2;
                    if (len == 126) { if (p + 4 > all.Length) break; len = (all[p + 2] << 8) | all[p + 3]; h = 4; }
                    if (p + h + len > all.Length) break;
                    frames.Add((all[p] & 0x0F, all.Skip(p + h).Take(len).ToArray()));
                    p += h + len;
                }

                if (answerClose && frames.Any(f => f.Item1 == 8))
                {
                    answerClose = false;
                    byte[] code = frames.First(f => f.Item1 == 8).Item2.Take(2).ToArray();
                    socket.Send(Frame(0x88, code));
                }
            }

            return frames.ToArray();
        }

        private static WsTestServer Server() =>
            new WsTestServer(new ServerOptions { CloseTimeoutMs = 2000 });

        public static TheoryData<string, byte[], int> Violations() => new TheoryData<string, byte[], int>
        {
            { "unmasked client frame", Frame(0x81, Encoding.ASCII.GetBytes("Hello"), masked: false), 1002 },
            { "invalid UTF-8 text", Frame(0x81, new byte[] { 0x41, 0xED, 0xA0, 0x80 }), 1007 },
            { "invalid UTF-8 across fragments", Frame(0x01, new byte[] { 0xF4 }).Concat(Frame(0x80, new byte[] { 0x90, 0x80, 0x80 })).ToArray(), 1007 },
            { "RSV1 without extension", Frame(0xC1, Encoding.ASCII.GetBytes("x")), 1002 },
            { "RSV3 without extension", Frame(0x92, new byte[] { 1 }), 1002 },
            { "reserved opcode 0xB", Frame(0x8B, new byte[0]), 1002 },
            { "fragmented ping", Frame(0x09, Encoding.ASCII.GetBytes("p")), 1002 },
            { "oversized ping", Frame(0x89, new byte[126]), 1002 },
            { "continuation without a message", Frame(0x80, Encoding.ASCII.GetBytes("x")), 1002 },
            { "new message inside a fragmented one", Frame(0x01, Encoding.ASCII.GetBytes("a")).Concat(Frame(0x81, Encoding.ASCII.GetBytes("b"))).ToArray(), 1002 },
            { "close code 1005", Frame(0x88, new byte[] { 0x03, 0xED }), 1002 },
            { "close code 999", Frame(0x88, new byte[] { 0x03, 0xE7 }), 1002 },
            { "close with 1-byte payload", Frame(0x88, new byte[] { 0x03 }), 1002 },
            { "close reason not UTF-8", Frame(0x88, new byte[] { 0x03, 0xE8, 0xFF }), 1007 },
            { "text over MaxMessageSize", Frame(0x82, new byte[2000]), 1009 },
        };

        [Theory]
        [MemberData(nameof(Violations))]
        public void ViolationIsAnsweredWithItsCloseCode(string what, byte[] bytes, int code)
        {
            using WsTestServer server = Server();
            (Socket socket, string head) = Open(server, Upgrade(""));
            using (socket)
            {
                Assert.StartsWith("HTTP/1.1 101", head);
                socket.Send(bytes);
                var frames = ReadUntilClosed(socket, answerClose: true);
                var close = frames.Last();
                Assert.True(close.opcode == 8, what + ": last frame opcode " + close.opcode);
                Assert.Equal(code, (close.payload[0] << 8) | close.payload[1]);
            }

            Assert.Empty(server.Errors);
        }

        [Fact]
        public void PingIsAnsweredWithPongCarryingThePayload()
        {
            using WsTestServer server = Server();
            (Socket socket, _) = Open(server, Upgrade(""));
            using (socket)
            {
                socket.Send(Frame(0x89, Encoding.ASCII.GetBytes("Hello")));
                socket.Send(Frame(0x88, new byte[] { 0x03, 0xE8 }));
                var frames = ReadUntilClosed(socket, answerClose: false);
                Assert.Equal(10, frames[0].opcode);
                Assert.Equal("Hello", Encoding.ASCII.GetString(frames[0].payload));
                Assert.Equal(8, frames[1].opcode);
                Assert.Equal(new byte[] { 0x03, 0xE8 }, frames[1].payload);
            }
        }

        [Fact]
        public void MissingKeyIs400()
        {
            using WsTestServer server = Server();
            (Socket socket, string head) = Open(server, Upgrade("", key: null));
            using (socket)
            {
                Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", head);
                Assert.Contains("Sec-WebSocket-Version: 13\r\n", head);
            }
        }

        [Theory]
        [InlineData("12")]
        [InlineData(null)]
        public void OtherVersionIs426WithVersion13(string version)
        {
            using WsTestServer server = Server();
            (Socket socket, string head) = Open(server, Upgrade("", version: version));
            using (socket)
            {
                Assert.StartsWith("HTTP/1.1 426 Upgrade Required\r\n", head);
                Assert.Contains("Sec-WebSocket-Version: 13\r\n", head);
            }
        }

        [Fact]
        public void DisallowedOriginIs403AndDeflateOffersAreIgnored()
        {
            var options = new ServerOptions { AllowedOrigins = new[] { "http://device.local" } };
            using var server = new WsTestServer(options);
            (Socket bad, string badHead) = Open(server, Upgrade("Origin: http://evil.example\r\n"));
            using (bad) Assert.StartsWith("HTTP/1.1 403 Forbidden\r\n", badHead);
            (Socket good, string goodHead) = Open(server, Upgrade("Origin: http://device.local\r\nSec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"));
            using (good)
            {
                Assert.StartsWith("HTTP/1.1 101 Switching Protocols\r\n", goodHead);
                Assert.DoesNotContain("Extensions", goodHead);
            }
        }
    }
}
