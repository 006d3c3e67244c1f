using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Viper.Nano.FuzzTests
{
    /// <summary>
    /// Seed inputs for the WebSocket fuzzers: the client frame streams of
    /// Viper.Nano.Tests/WebSockets (RFC 6455 section 5.7's examples, fragments with interleaved
    /// control frames, every protocol violation the unit tests name) and the UTF-8 vectors of
    /// Viper.Nano.Tests/Text, copied as bytes.
    /// </summary>
    public static class WebSocketSeeds
    {
        private static readonly byte[] Key = { 0x37, 0xfa, 0x21, 0x3d }; // RFC 6455 section 5.7's masking key

        public static List<byte[]> FrameStreams()
        {
            var s = new List<byte[]>
            {
                Hex("81 85 37fa213d 7f9f4d5158"),                            // masked "Hello" (section 5.7)
                Hex("82 fe 0100 37fa213d").Concat(new byte[256]).ToArray(),    // 256 bytes, 16-bit length
                Hex("82 ff 0000000000010000 37fa213d"),                       // 64-bit length header only
                Hex("82 ff 8000000000000000 37fa213d"),                       // top bit set: invalid
                Hex("81 fe 0005 37fa213d 7f9f4d5158"),                        // non-minimal length encodings are legal
                Hex("81 ff 0000000000000005 37fa213d 7f9f4d5158"),
                Hex("81 05 48656c6c6f").Concat(Close(1000, "")).ToArray(),     // unmasked: 1002
                Join(Frame(false, 1, "Hel"), Frame(true, 0, "lo")),
                Join(Frame(false, 1, "Hel"), Frame(true, 9, "Hello"), Frame(true, 0, "lo")),
                Join(Frame(false, 2, new byte[] { 7, 7, 7 }), Frame(true, 9, new byte[125]), Frame(true, 0, Array.Empty<byte>())),
                Frame(true, 9, "ping"),
                Frame(true, 10, "pong"),
                Close(1000, "bye"),
                Close(0, null),
                Frame(true, 8, Hex("03")),
                Frame(true, 8, Hex("03ed")),
                Close(1000, "\xff"),
                Frame(true, 8, Hex("0fa0 cebae1bdb9cf83cebcceb5")),
                Frame(true, 1, Hex("cebae1bdb9cf83cebcceb5")),                 // κόσμε
                Frame(true, 1, Hex("cebae1bdb9cf83cebcceb5eda080")),           // then a surrogate: 1007
                Join(Frame(false, 1, Hex("41ed")), Frame(true, 0, Hex("a080"))),
                Frame(true, 1, Hex("41f09f98")),                               // cut short: 1007
                Join(Frame(false, 1, Hex("f09f")), Frame(false, 0, Hex("98")), Frame(true, 0, Hex("80"))),
                Frame(true, 2, Hex("ffeda080")),                               // binary is not checked
                Join(Frame(false, 9, "x"), Close(1000, "")),                   // fragmented control: 1002
                Join(Frame(true, 0, "lo"), Close(1000, "")),                   // continuation without a start
                Join(Frame(false, 1, "a"), Frame(true, 1, "b")),               // new message inside one
                Join(Frame(true, 9, new byte[300]), Close(1000, "")),           // control over 125 bytes
                Join(Frame(true, 3, "x"), Close(1000, "")),                    // reserved opcode
                Join(Raw(0x80 | 0x40 | 1, "x", true), Close(1000, "")),        // RSV1 without an extension
                Join(Frame(true, 1, "early"), Frame(true, 2, new byte[40]), Close(4001, "bye")),
            };
            return s;
        }

        public static List<byte[]> Utf8()
        {
            string[] hex =
            {
                "", "48656c6c6f2c20576f726c6421", "cebae1bdb9cf83cebcceb5", "00", "7f", "c280", "dfbf", "e0a080", "ed9fbf",
                "ee8080", "efbfbd", "efbfbf", "f0908080", "f48fbfbf", "f09f9880e282ac24c2a2", "80", "41bf41", "c0af", "e080af",
                "e09fbf", "f08080af", "f08fbfbf", "eda080", "edbfbf", "eda080edb080", "f4908080", "f7bfbfbf", "f5808080",
                "f888808080", "fe", "ff", "c241", "e0a041", "f0908041", "c2", "e0a0", "f09080",
                "cebae1bdb9cf83cebcceb5eda080656469746564", "f09f9880cebae1bdb9f48fbfbfc280",
            };
            return hex.Select(Hex).ToList();
        }

        private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

        private static byte[] Join(params byte[][] frames) => frames.SelectMany(f => f).ToArray();

        private static byte[] Close(int code, string reason)
        {
            if (code == 0) return Frame(true, 8, Array.Empty<byte>());
            byte[] r = Encoding.Latin1.GetBytes(reason);
            return Frame(true, 8, new[] { (byte)(code >> 8), (byte)code }.Concat(r).ToArray());
        }

        private static byte[] Frame(bool fin, int opcode, string text) => Frame(fin, opcode, Encoding.UTF8.GetBytes(text));

        private static byte[] Frame(bool fin, int opcode, byte[] payload) => Raw((fin ? 0x80 : 0) | opcode, payload, true);

        private static byte[] Raw(int first, string text, bool masked) => Raw(first, Encoding.UTF8.GetBytes(text), masked);

        /// <summary>A client frame with the shortest length encoding, masked with <see cref="Key"/>.</summary>
        private static byte[] Raw(int first, byte[] payload, bool masked)
        {
            var f = new List<byte> { (byte)first };
            int n = payload.Length;
            int mask = masked ? 0x80 : 0;
            if (n <= 125) f.Add((byte)(mask | n));
            else if (n <= 0xFFFF) f.AddRange(new[] { (byte)(mask | 126), (byte)(n >> 8), (byte)n });
            else throw new ArgumentOutOfRangeException(nameof(payload));
            if (masked) f.AddRange(Key);
            for (int i = 0; i < n; i++) f.Add((byte)(payload[i] ^ (masked ? Key[i & 3] : 0)));
            return f.ToArray();
        }
    }
}
