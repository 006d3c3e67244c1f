namespace Viper.Nano.WebSockets
{
    // TEMPORARY until the ws branch lands (its Opcode.cs and FrameEncoder.cs replace this file).
    public static class Opcode
    {
        public const int Text = 1;
        public const int Binary = 2;
    }

    public static class FrameEncoder
    {
        public static int WriteHeader(byte[] buffer, int offset, bool fin, int opcode, int payloadLength)
        {
            buffer[offset] = (byte)((fin ? 0x80 : 0) | opcode);
            if (payloadLength <= 125) { buffer[offset + 1] = (byte)payloadLength; return 2; }
            buffer[offset + 1] = 126;
            buffer[offset + 2] = (byte)(payloadLength >> 8);
            buffer[offset + 3] = (byte)payloadLength;
            return 4;
        }
    }
}
