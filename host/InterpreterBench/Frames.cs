using System;
using Viper.Nano.WebSockets;

namespace Viper.Nano.InterpreterBench
{
    /// <summary>
    /// The WebSocket codecs (RFC 6455 section 5): masked client frames arriving in a slot's
    /// receive buffer and read by the MessageReader (header, unmask, UTF-8 check of text), the
    /// bare unmask, and server frames written by the FrameWriter to a peer that drops them.
    /// </summary>
    public static class Frames
    {
        private static byte[] _text125;
        private static byte[] _text1000;
        private static byte[] _binary16;
        private static byte[] _binary125;
        private static byte[] _slot;
        private static MessageReader _reader;
        private static FrameDecoder _decoder;
        private static FrameWriter _writer;
        private static byte[] _payload125;
        private static string _string125;

        public static void Setup()
        {
            _text125 = MaskedFrame(Opcode.Text, Program.Ascii(Program.Text(125)), 0x37FA213D);
            _text1000 = MaskedFrame(Opcode.Text, Program.Ascii(Program.Text(1000)), 0x12345678);
            _binary16 = MaskedFrame(Opcode.Binary, Pattern(16), 0x0BADF00D);
            _binary125 = MaskedFrame(Opcode.Binary, Pattern(125), 0x0BADF00D);
            _slot = new byte[1100];
            _reader = new MessageReader(_slot, 1050, 0, 0);
            _decoder = new FrameDecoder();
            _writer = new FrameWriter(new ReplayTransport(null), new byte[1024]);
            _payload125 = Program.Ascii(Program.Text(125));
            _string125 = Program.Text(125);
        }

        public static void DecodeText125(int count) => Read(_text125, count);

        public static void DecodeText1000(int count) => Read(_text1000, count);

        public static void DecodeBinary16(int count) => Read(_binary16, count);

        public static void DecodeBinary125(int count) => Read(_binary125, count);

        // What the receive loop does per frame: the socket read lands in the buffer, then the
        // reader decodes the header, unmasks in place and checks the text.
        private static void Read(byte[] frame, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _reader.PrepareRead();
                Array.Copy(frame, 0, _slot, _reader.ReadOffset, frame.Length);
                _reader.Filled(frame.Length);
                if (_reader.Process() != MessageReader.Message) throw new InvalidOperationException("no message");
            }
        }

        public static void Unmask125(int count)
        {
            byte[] frame = _text125;
            for (int i = 0; i < count; i++)
            {
                Array.Copy(frame, 0, _slot, 0, frame.Length);
                _decoder.DecodeHeader(_slot, 0, frame.Length);
                int start = _decoder.Consumed;
                _decoder.UnmaskPayload(_slot, start, frame.Length - start);
            }
        }

        public static void EncodeBytes125(int count)
        {
            for (int i = 0; i < count; i++) _writer.WriteFrame(Opcode.Text, _payload125, 0, _payload125.Length);
        }

        public static void EncodeString125(int count)
        {
            for (int i = 0; i < count; i++) _writer.WriteText(_string125);
        }

        private static byte[] Pattern(int length)
        {
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++) b[i] = (byte)(i * 7);
            return b;
        }

        /// <summary>A client frame (section 5.2): FIN, the opcode, masked with <paramref name="key"/>.</summary>
        public static byte[] MaskedFrame(int opcode, byte[] payload, uint key)
        {
            int header = payload.Length < 126 ? 2 : 4;
            byte[] frame = new byte[header + 4 + payload.Length];
            frame[0] = (byte)(0x80 | opcode);
            if (header == 2)
            {
                frame[1] = (byte)(0x80 | payload.Length);
            }
            else
            {
                frame[1] = 0x80 | 126;
                frame[2] = (byte)(payload.Length >> 8);
                frame[3] = (byte)payload.Length;
            }

            for (int i = 0; i < 4; i++) frame[header + i] = (byte)(key >> (24 - 8 * i));
            for (int i = 0; i < payload.Length; i++) frame[header + 4 + i] = (byte)(payload[i] ^ frame[header + (i & 3)]);
            return frame;
        }
    }
}
