using System.Text;
using BenchmarkDotNet.Attributes;

namespace Viper.Nano.Benchmarks.Micro
{
    /// <summary>
    /// The WebSocket hot path (RFC 6455 section 5): decoding masked client frames, encoding a
    /// server frame, validating UTF-8 text (section 8.1) and fanning one message out to a room
    /// member. Each should allocate nothing in steady state. The wire bytes are built here;
    /// the bodies wait for Viper.Nano's frame codec, validator and rooms.
    /// </summary>
    [MemoryDiagnoser]
    public class WebSocketBenchmarks
    {
        private byte[] masked125;
        private byte[] masked4K;
        private byte[] payload125;
        private byte[] text4K;
        private byte[] output;

        [GlobalSetup]
        public void Setup()
        {
            payload125 = Encoding.ASCII.GetBytes(new string('a', 125));
            text4K = Encoding.UTF8.GetBytes(Utf8Sample(4096));
            masked125 = MaskedFrame(1, payload125, 0x37FA213D);
            masked4K = MaskedFrame(1, text4K, 0x12345678);
            output = new byte[4096 + 14];

            // TODO(viper): create one FrameDecoder and one FrameEncoder as a connection slot owns
            //   them (default ServerOptions), and a room with one member whose transport is an
            //   in-memory sink that drops what it is given.
        }

        [Benchmark(Description = "frame-decode-125B")]
        [Pending(Missing.FrameCodec)]
        public int DecodeMasked125()
        {
            // TODO(viper): decode `masked125` whole (header, unmask into the slot's buffer); return the payload length.
            return masked125.Length;
        }

        [Benchmark(Description = "frame-decode-4KB")]
        [Pending(Missing.FrameCodec)]
        public int DecodeMasked4K()
        {
            // TODO(viper): decode `masked4K` whole; return the payload length.
            return masked4K.Length;
        }

        [Benchmark(Description = "frame-encode-125B")]
        [Pending(Missing.FrameCodec)]
        public int Encode125()
        {
            // TODO(viper): encode a final text frame of `payload125` (server side: unmasked) into `output`; return its length.
            return output.Length;
        }

        [Benchmark(Description = "utf8-validate-4KB")]
        [Pending(Missing.Utf8)]
        public int ValidateUtf8()
        {
            // TODO(viper): validate `text4K` (mixed 1- to 4-byte sequences) with Viper.Nano.Text's UTF-8 validator.
            return text4K.Length;
        }

        [Benchmark(Description = "broadcast-fanout-per-member")]
        [Pending(Missing.Rooms)]
        public int FanOutPerMember()
        {
            // TODO(viper): hand one already-encoded 256-byte frame to the room member (queue and
            //   send to the sink); one call = one member delivery.
            return payload125.Length;
        }

        /// <summary>A client frame (RFC 6455 section 5.2): FIN, <paramref name="opcode"/>, masked with <paramref name="key"/>.</summary>
        public static byte[] MaskedFrame(int opcode, byte[] payload, uint key)
        {
            int header = payload.Length < 126 ? 2 : payload.Length <= 0xFFFF ? 4 : 10;
            byte[] frame = new byte[header + 4 + payload.Length];
            frame[0] = (byte)(0x80 | opcode);
            if (header == 2)
            {
                frame[1] = (byte)(0x80 | payload.Length);
            }
            else if (header == 4)
            {
                frame[1] = 0x80 | 126;
                frame[2] = (byte)(payload.Length >> 8);
                frame[3] = (byte)payload.Length;
            }
            else
            {
                frame[1] = 0x80 | 127;
                for (int i = 0; i < 8; i++) frame[2 + i] = (byte)((long)payload.Length >> (56 - 8 * i));
            }

            for (int i = 0; i < 4; i++) frame[header + i] = (byte)(key >> (24 - 8 * i));
            for (int i = 0; i < payload.Length; i++) frame[header + 4 + i] = (byte)(payload[i] ^ frame[header + (i & 3)]);
            return frame;
        }

        // Text of about `bytes` UTF-8 bytes mixing ASCII, 2-, 3- and 4-byte sequences.
        private static string Utf8Sample(int bytes)
        {
            var sb = new StringBuilder();
            string unit = "temp=21.5\u00b0C \u00e9t\u00e9 \u6e29\u5ea6 \U0001F321 ";
            while (Encoding.UTF8.GetByteCount(sb.ToString() + unit) <= bytes) sb.Append(unit);
            while (Encoding.UTF8.GetByteCount(sb.ToString()) < bytes) sb.Append('x');
            return sb.ToString();
        }
    }
}
