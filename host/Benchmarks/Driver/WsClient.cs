using System;
using System.Threading;
using System.Security.Cryptography;
using System.Text;

namespace Viper.Nano.Benchmarks.Driver
{
    /// <summary>
    /// A minimal WebSocket client over a raw socket (RFC 6455), the same for every server: a real
    /// opening handshake whose Sec-WebSocket-Accept is checked (section 4.1), masked frames out
    /// (section 5.3), unmasked frames in (section 5.2). It uses .NET's SHA-1 rather than
    /// Viper.Nano's, so the code under test never checks itself. After the handshake, sending and
    /// receiving allocate nothing.
    /// </summary>
    public sealed class WsClient : IDisposable
    {
        private static readonly byte[] AcceptName = Encoding.ASCII.GetBytes("sec-websocket-accept");
        private readonly ReceiveBuffer conn;
        private readonly byte[] sendBuffer;
        private uint maskState;
        private int pending;

        private WsClient(ReceiveBuffer conn, int maxPayload, uint seed)
        {
            this.conn = conn;
            sendBuffer = new byte[maxPayload + 14];
            maskState = seed | 1;
        }

        /// <summary>
        /// Connects to ws://127.0.0.1:<paramref name="port"/><paramref name="path"/> and completes
        /// the handshake; the buffers hold frames up to <paramref name="maxPayload"/> bytes out and
        /// <paramref name="receiveCapacity"/> bytes in (small ones for the idle-memory probe).
        /// </summary>
        public static WsClient Connect(int port, string path, int maxPayload = 16 * 1024, int receiveCapacity = 64 * 1024)
        {
            // A server with a fixed number of connection slots (Viper.Nano) answers 503 with
            // Retry-After: 1 while the previous test's connections are still closing; a client
            // that follows RFC 9110 10.2.3 tries again a second later.
            for (int attempt = 1; ; attempt++)
            {
                WsClient client = ConnectOnce(port, path, maxPayload, receiveCapacity, out int status);
                if (client != null) return client;
                if (status != 503 || attempt == 3) throw new InvalidOperationException("handshake to " + path + " answered " + status + ", not 101");
                Thread.Sleep(1000);
            }
        }

        private static WsClient ConnectOnce(int port, string path, int maxPayload, int receiveCapacity, out int status)
        {
            var conn = new ReceiveBuffer(port, receiveCapacity);
            try
            {
                byte[] nonce = RandomNumberGenerator.GetBytes(16);
                string key = Convert.ToBase64String(nonce);
                string request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                    "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
                    "\r\nSec-WebSocket-Version: 13\r\n\r\n";
                byte[] bytes = Encoding.ASCII.GetBytes(request);
                conn.Send(bytes, 0, bytes.Length);

                int headLength = conn.ReadHead();
                status = ResponseHead.StatusCode(conn.Data, conn.Start, headLength);
                if (status != 101)
                {
                    conn.Dispose();
                    return null;
                }

                byte[] expected = Encoding.ASCII.GetBytes(ExpectedAccept(key));
                int at = ResponseHead.FindField(conn.Data, conn.Start, headLength, AcceptName, out int length);
                if (!ResponseHead.ValueEquals(conn.Data, at, length, expected))
                    throw new InvalidOperationException("Sec-WebSocket-Accept missing or wrong in the handshake to " + path);
                conn.Consume(headLength);
                return new WsClient(conn, maxPayload, BitConverter.ToUInt32(nonce, 0));
            }
            catch
            {
                conn.Dispose();
                throw;
            }
        }

        /// <summary>RFC 6455 section 4.2.2: base64(SHA-1(key + GUID)), computed by .NET.</summary>
        public static string ExpectedAccept(string key) =>
            Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));

        /// <summary>Sends one final frame with <paramref name="opcode"/> (1 text, 2 binary), masked.</summary>
        public void Send(int opcode, byte[] payload, int offset, int count)
        {
            byte[] b = sendBuffer;
            int h = 0;
            b[h++] = (byte)(0x80 | opcode);
            if (count < 126)
            {
                b[h++] = (byte)(0x80 | count);
            }
            else if (count <= 0xFFFF)
            {
                b[h++] = 0x80 | 126;
                b[h++] = (byte)(count >> 8);
                b[h++] = (byte)count;
            }
            else
            {
                b[h++] = 0x80 | 127;
                for (int i = 7; i >= 0; i--) b[h++] = (byte)((long)count >> (8 * i));
            }

            // A fresh masking key per frame (section 5.3), from a cheap xorshift: the server
            // must unmask every byte, which is the cost under test.
            uint m = NextMask();
            b[h] = (byte)(m >> 24);
            b[h + 1] = (byte)(m >> 16);
            b[h + 2] = (byte)(m >> 8);
            b[h + 3] = (byte)m;
            for (int i = 0; i < count; i++) b[h + 4 + i] = (byte)(payload[offset + i] ^ b[h + (i & 3)]);
            conn.Send(b, 0, h + 4 + count);
        }

        /// <summary>
        /// Waits for one whole frame and returns its opcode; its payload is
        /// <see cref="Data"/>[<paramref name="payloadOffset"/>..+<paramref name="payloadLength"/>],
        /// valid until <see cref="Release"/>. Servers do not mask (section 5.1).
        /// </summary>
        public int Receive(out int payloadOffset, out int payloadLength)
        {
            conn.Ensure(2);
            byte[] d = conn.Data;
            int s = conn.Start;
            if ((d[s + 1] & 0x80) != 0) throw new InvalidOperationException("the server masked a frame (RFC 6455 section 5.1)");
            int header = 2;
            long length = d[s + 1] & 0x7F;
            if (length == 126)
            {
                conn.Ensure(4);
                d = conn.Data;
                s = conn.Start;
                length = (d[s + 2] << 8) | d[s + 3];
                header = 4;
            }
            else if (length == 127)
            {
                conn.Ensure(10);
                s = conn.Start;
                length = 0;
                for (int i = 2; i < 10; i++) length = (length << 8) | conn.Data[s + i];
                header = 10;
            }

            conn.Ensure(header + (int)length);
            s = conn.Start;
            payloadOffset = s + header;
            payloadLength = (int)length;
            pending = header + (int)length;
            return conn.Data[s] & 0x0F;
        }

        /// <summary>The receive buffer that <see cref="Receive"/> points into.</summary>
        public byte[] Data => conn.Data;

        /// <summary>Frees the frame returned by the last <see cref="Receive"/>.</summary>
        public void Release()
        {
            conn.Consume(pending);
            pending = 0;
        }

        /// <summary>Drops the connection without a closing handshake (the run is over).</summary>
        public void Dispose() => conn.Dispose();

        private uint NextMask()
        {
            uint x = maskState;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            return maskState = x;
        }
    }
}
