namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// Frame opcodes of RFC 6455 section 5.2. Plain int constants rather than an enum: the decoder
    /// reads them straight off the wire, and on nanoFramework Enum.ToString() gives only the number.
    /// </summary>
    internal static class Opcode
    {
        /// <summary>0x0: a later fragment of the message in progress (section 5.4).</summary>
        public const int Continuation = 0;

        /// <summary>0x1: a text message, UTF-8 over all its fragments (section 5.6).</summary>
        public const int Text = 1;

        /// <summary>0x2: a binary message.</summary>
        public const int Binary = 2;

        /// <summary>0x8: starts or answers the closing handshake (section 5.5.1).</summary>
        public const int Close = 8;

        /// <summary>0x9: must be answered with a Pong carrying the same payload (section 5.5.2).</summary>
        public const int Ping = 9;

        /// <summary>0xA: the answer to a Ping, or an unsolicited heartbeat (section 5.5.3).</summary>
        public const int Pong = 10;

        /// <summary>Control frames have the high bit of the opcode set (section 5.5).</summary>
        public static bool IsControl(int opcode)
        {
            return (opcode & 0x8) != 0;
        }

        /// <summary>The six opcodes RFC 6455 defines; 3-7 and 11-15 are reserved (section 5.2).</summary>
        public static bool IsDefined(int opcode)
        {
            return opcode <= Binary || (opcode >= Close && opcode <= Pong);
        }
    }
}
