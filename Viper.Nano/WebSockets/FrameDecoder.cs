namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// Sans-I/O reader of client-to-server frames (RFC 6455 section 5.2). Feed it whatever bytes
    /// have arrived: <see cref="DecodeHeader"/> consumes header bytes and reports
    /// <see cref="NeedMore"/>, <see cref="HeaderComplete"/> or <see cref="Invalid"/> (with
    /// <see cref="FailCode"/>); then <see cref="UnmaskPayload"/> or <see cref="SkipPayload"/> walk
    /// the payload in place, in as many pieces as it arrives in. The header can be split at any
    /// byte. The state is a handful of fields: one decoder per connection slot, reused.
    /// </summary>
    internal sealed partial class FrameDecoder
    {
        /// <summary>Every byte given was consumed and the header is not finished yet.</summary>
        public const int NeedMore = 0;

        /// <summary>The header is complete; its fields are set and the payload (if any) follows.</summary>
        public const int HeaderComplete = 1;

        /// <summary>The frame breaks the protocol; <see cref="FailCode"/> says how to close.</summary>
        public const int Invalid = 2;

        private const int ReadFirst = 0;
        private const int ReadSecond = 1;
        private const int ReadLength = 2;
        private const int ReadMask = 3;
        private const int ReadPayload = 4;

        private readonly byte[] _mask = new byte[4];
        private int _state;
        private int _pending;      // extended-length or mask bytes still to read
        private int _maskPosition; // phase of the mask for the next payload byte (section 5.3)
        private bool _inMessage;   // a data message has started and not yet had its FIN frame
        private bool _completePending;

        /// <summary>FIN bit of the current frame: this is the last fragment of its message.</summary>
        public bool Fin;

        /// <summary>Opcode of the current frame (see <see cref="WebSockets.Opcode"/>).</summary>
        public int Opcode;

        /// <summary>True when the current frame carries a masking key.</summary>
        public bool Masked;

        /// <summary>Payload length of the current frame.</summary>
        public long PayloadLength;

        /// <summary>Payload bytes of the current frame not yet unmasked or skipped.</summary>
        public long PayloadRemaining;

        /// <summary>Text or Binary: the type of the data message the current data frame belongs to.</summary>
        public int MessageOpcode;

        /// <summary>After <see cref="Invalid"/>: the close code (always 1002, ProtocolError).</summary>
        public int FailCode;

        /// <summary>Bytes consumed by the last <see cref="DecodeHeader"/> call.</summary>
        public int Consumed;

        /// <summary>
        /// When set, headers are parsed without any protocol check. Used after the connection has
        /// been failed, only to find frame boundaries while waiting for the peer's Close frame:
        /// an Invalid result leaves the decoder inside the bad header, and a lenient call goes on
        /// from the next byte.
        /// </summary>
        public bool Lenient;

        /// <summary>True from a frame's first header byte to the end of its payload (its deadline runs: ServerOptions.FrameTimeoutMs).</summary>
        public bool InFrame
        {
            get { return _state != ReadFirst; }
        }

        /// <summary>True between a complete header and the end of its payload.</summary>
        public bool InPayload
        {
            get { return _state == ReadPayload && !_completePending; }
        }

        /// <summary>Back to the start of a connection.</summary>
        public void Reset()
        {
            _state = ReadFirst;
            _pending = 0;
            _maskPosition = 0;
            _inMessage = false;
            _completePending = false;
            Fin = false;
            Opcode = 0;
            Masked = false;
            PayloadLength = 0;
            PayloadRemaining = 0;
            MessageOpcode = 0;
            FailCode = 0;
            Consumed = 0;
            Lenient = false;
        }

        /// <summary>
        /// Consumes header bytes from <paramref name="buffer"/>; never reads past the header.
        /// <see cref="Consumed"/> tells how many bytes were used (on Invalid: up to and including
        /// the offending byte). Must not be called while <see cref="InPayload"/>.
        /// </summary>
        public int DecodeHeader(byte[] buffer, int offset, int count)
        {
            if (_completePending)
            {
                // The header ended on the byte that was reported Invalid; a lenient caller goes on here.
                _completePending = false;
                Consumed = 0;
                return HeaderComplete;
            }

            if (_state == ReadFirst && count >= 6 && !Lenient)
            {
                int b1 = buffer[offset + 1];
                if (b1 >= 0x80 && b1 < 0x80 + 126) return DecodeShortHeader(buffer, offset, b1);
            }

            int i = offset;
            int end = offset + count;
            while (i < end)
            {
                int b = buffer[i++];
                int status = Step(b);
                if (status != NeedMore)
                {
                    Consumed = i - offset;
                    return status;
                }
            }

            Consumed = count;
            return NeedMore;
        }

        // The usual client header, whole in the buffer: masked, a 7-bit length, 6 bytes. Taken
        // in one step instead of six calls of Step, with the same checks and the same state after.
        private int DecodeShortHeader(byte[] buffer, int offset, int b1)
        {
            int b0 = buffer[offset];
            Fin = (b0 & 0x80) != 0;
            Opcode = b0 & 0x0F;
            _state = ReadSecond;
            if (CheckFirstByte(b0) == Invalid)
            {
                Consumed = 1;
                return Invalid;
            }

            Masked = true;
            PayloadLength = b1 & 0x7F;
            _mask[0] = buffer[offset + 2];
            _mask[1] = buffer[offset + 3];
            _mask[2] = buffer[offset + 4];
            _mask[3] = buffer[offset + 5];
            Consumed = 6;
            return StartPayload();
        }

        // One header byte; returns NeedMore, HeaderComplete or Invalid. The byte is always taken
        // into the state first and checked afterwards, so that after Invalid a lenient caller
        // resumes exactly at the next byte.
        private int Step(int b)
        {
            switch (_state)
            {
                case ReadFirst:
                    Fin = (b & 0x80) != 0;
                    Opcode = b & 0x0F;
                    _state = ReadSecond;
                    return Lenient ? NeedMore : CheckFirstByte(b);

                case ReadSecond:
                    Masked = (b & 0x80) != 0;
                    int length7 = b & 0x7F;
                    PayloadLength = length7 < 126 ? length7 : 0;
                    int next = length7 == 126 ? StartLength(2) : (length7 == 127 ? StartLength(8) : StartMask());
                    if (Lenient) return next;

                    // Section 5.1: a server MUST close the connection on an unmasked client frame.
                    // Section 5.5: control frame payloads are at most 125 bytes.
                    if (!Masked || (WebSockets.Opcode.IsControl(Opcode) && length7 > 125))
                    {
                        _completePending = next == HeaderComplete;
                        return Fail();
                    }

                    return next;

                case ReadLength:
                    // Section 5.2: the most significant bit of a 64-bit length MUST be 0. The RFC
                    // does not require the minimal encoding, so a short length in 8 bytes is accepted.
                    bool topBit = _pending == 8 && (b & 0x80) != 0;
                    if (topBit) b &= 0x7F;
                    PayloadLength = (PayloadLength << 8) | (long)b;
                    _pending--;
                    if (topBit && !Lenient) return Fail();
                    return _pending == 0 ? StartMask() : NeedMore;

                case ReadMask:
                    _mask[4 - _pending] = (byte)b;
                    _pending--;
                    return _pending == 0 ? StartPayload() : NeedMore;

                default:
                    // Called inside a payload: a bug in the caller, not bad input.
                    throw new System.InvalidOperationException("payload not consumed");
            }
        }

        private int CheckFirstByte(int b)
        {
            // Section 5.2: RSV1-3 MUST be 0 unless an extension defines them; none is negotiated.
            if ((b & 0x70) != 0) return Fail();
            if (!WebSockets.Opcode.IsDefined(Opcode)) return Fail();
            if (WebSockets.Opcode.IsControl(Opcode))
            {
                // Section 5.5: control frames MUST NOT be fragmented (they may come between fragments).
                return Fin ? NeedMore : Fail();
            }

            // Section 5.4: a continuation needs a message in progress, and a new message may not
            // start before the last one got its FIN frame.
            if (Opcode == WebSockets.Opcode.Continuation)
            {
                if (!_inMessage) return Fail();
            }
            else
            {
                if (_inMessage) return Fail();
                MessageOpcode = Opcode;
            }

            _inMessage = !Fin;
            return NeedMore;
        }

        private int StartLength(int bytes)
        {
            _state = ReadLength;
            _pending = bytes;
            return NeedMore;
        }

        private int StartMask()
        {
            if (!Masked) return StartPayload();
            _state = ReadMask;
            _pending = 4;
            return NeedMore;
        }

        private int StartPayload()
        {
            PayloadRemaining = PayloadLength;
            _maskPosition = 0;
            _state = PayloadLength == 0 ? ReadFirst : ReadPayload;
            return HeaderComplete;
        }

        private int Fail()
        {
            FailCode = CloseStatus.ProtocolError;
            return Invalid;
        }
    }
}
