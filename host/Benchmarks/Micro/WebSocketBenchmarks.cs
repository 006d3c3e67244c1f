using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using Viper.Nano.Rooms;
using Viper.Nano.Server;
using Viper.Nano.Text;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Benchmarks.Micro
{
    /// <summary>
    /// The WebSocket hot path (RFC 6455 section 5): decoding masked client frames, encoding a
    /// server frame, validating UTF-8 text (section 8.1) and fanning one message out to a room
    /// member. Each should allocate nothing in steady state.
    /// </summary>
    [MemoryDiagnoser]
    public class WebSocketBenchmarks
    {
        private byte[] masked125;
        private byte[] masked4K;
        private byte[] payload125;
        private byte[] text4K;
        private byte[] output;
        private byte[] payload256;
        private byte[] slotBuffer;
        private FrameDecoder decoder;
        private Utf8Validator validator;
        private ConnectionManager manager;
        private SinkMember member;

        [GlobalSetup]
        public void Setup()
        {
            payload125 = Encoding.ASCII.GetBytes(new string('a', 125));
            payload256 = Encoding.ASCII.GetBytes(new string('b', 256));
            text4K = Encoding.UTF8.GetBytes(Utf8Sample(4096));
            masked125 = MaskedFrame(1, payload125, 0x37FA213D);
            masked4K = MaskedFrame(1, text4K, 0x12345678);
            output = new byte[4096 + 14];

            // What a connection slot owns (default ServerOptions): its receive buffer, with room
            // for the 4 KB frame here (the default 1 KB buffer caps messages at 996 bytes).
            slotBuffer = new byte[masked4K.Length];
            decoder = new FrameDecoder();
            validator = new Utf8Validator();

            // A room with one member whose transport swallows what it is given.
            var options = new ServerOptions();
            manager = new ConnectionManager(options);
            member = new SinkMember(0, options);
            manager.Connect(member, "room");
        }

        [Benchmark(Description = "frame-decode-125B")]
        public int DecodeMasked125() => Decode(masked125);

        [Benchmark(Description = "frame-decode-4KB")]
        public int DecodeMasked4K() => Decode(masked4K);

        [Benchmark(Description = "frame-encode-125B")]
        public int Encode125()
        {
            // RFC 6455 5.1: server frames are unmasked, so encoding is the header then the payload.
            int header = FrameEncoder.WriteHeader(output, 0, true, Opcode.Text, payload125.Length);
            Buffer.BlockCopy(payload125, 0, output, header, payload125.Length);
            return header + payload125.Length;
        }

        [Benchmark(Description = "utf8-validate-4KB")]
        public int ValidateUtf8() => validator.IsValidText(text4K, 0, text4K.Length) ? text4K.Length : -1;

        [Benchmark(Description = "broadcast-fanout-per-member")]
        public int FanOutPerMember()
        {
            // Encoded once into a pooled shared frame, offered to the member's outbox, written to the sink.
            return manager.BroadcastText(payload256, 0, payload256.Length, "room");
        }

        // The bytes arrive in the slot's buffer (a socket read), then the header is decoded and
        // the payload unmasked in place, as MessageReader does for each frame.
        private int Decode(byte[] frame)
        {
            Buffer.BlockCopy(frame, 0, slotBuffer, 0, frame.Length);
            decoder.DecodeHeader(slotBuffer, 0, frame.Length);
            int start = decoder.Consumed;
            return decoder.UnmaskPayload(slotBuffer, start, frame.Length - start);
        }

        /// <summary>A room member over a transport that accepts everything at once and keeps nothing.</summary>
        private sealed class SinkMember : IRoomMember
        {
            public SinkMember(int slot, ServerOptions options)
            {
                Slot = slot;
                Outbox = new Outbox(new SinkTransport(), options.BroadcastPoolFrames, options.MemberQueueBytes, options.SlowMemberTimeoutMs);
            }

            public int Slot { get; }

            public int Kind => MemberKind.WebSocket;

            public Outbox Outbox { get; }

            public IConnectionManager Manager { get; set; }

            public bool EnsureOpen() => true;

            public void Evict(int closeCode) => throw new InvalidOperationException("the sink never lags");
        }

        private sealed class SinkTransport : ITransport
        {
            public bool IsOpen => true;

            public int Receive(byte[] buffer, int offset, int count, int timeoutMs) => TransportResult.TimedOut;

            public bool Send(byte[] buffer, int offset, int count) => true;

            public bool CanSend() => true;

            public void Close()
            {
            }
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
