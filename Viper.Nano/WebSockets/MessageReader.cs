using System;
using Viper.Nano.Text;

namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// Sans-I/O reassembly of client messages inside one connection slot's receive buffer.
    /// The caller reads bytes from the network into the space <see cref="PrepareRead"/> frees,
    /// reports them with <see cref="Filled"/>, and calls <see cref="Process"/> until it says
    /// <see cref="NeedMore"/>. Data payloads are unmasked in place and slid down against the
    /// message assembled so far, so a message is one contiguous range of the buffer; a
    /// single-frame message is not moved at all. Control frames, which may come between
    /// fragments (RFC 6455 section 5.4), are copied to a small buffer of their own.
    /// Buffer layout: [message being assembled][gap][raw bytes not yet processed][free].
    /// </summary>
    internal sealed class MessageReader
    {
        /// <summary>Everything received has been processed; read more.</summary>
        public const int NeedMore = 0;

        /// <summary>A whole data message is ready at <see cref="MessageOffset"/>.</summary>
        public const int Message = 1;

        /// <summary>A control frame is ready in <see cref="ControlFrame"/>.</summary>
        public const int Control = 2;

        /// <summary>The connection must be failed with <see cref="FailCode"/>.</summary>
        public const int Fail = 3;

        /// <summary>Largest client header: 2 bytes, a 64-bit length and a 4-byte mask.</summary>
        public const int MaxClientHeader = 14;

        /// <summary>Where the control payload starts in <see cref="ControlFrame"/>: room for a Pong header.</summary>
        public const int ControlPayloadOffset = 2;

        private readonly byte[] _buffer;
        private readonly FrameDecoder _decoder = new FrameDecoder();
        private readonly Utf8Validator _utf8 = new Utf8Validator();

        // Close reasons get their own validator: a Close may come between the fragments of a
        // text message (section 5.4), whose UTF-8 state must survive the check of the reason.
        private readonly Utf8Validator _reasonUtf8 = new Utf8Validator();
        private readonly int _maxMessage;
        private int _messageStart;
        private int _messageLength;
        private bool _delivered;
        private bool _discarding;
        private bool _inMessage; // a data message has had its first frame but not its last
        private int _rawStart;
        private int _rawEnd;

        /// <summary>
        /// Works in <paramref name="buffer"/>, where <paramref name="pendingCount"/> bytes that
        /// followed the request head already wait at <paramref name="pendingOffset"/>.
        /// Messages longer than <paramref name="maxMessageSize"/> fail with 1009; a bound over
        /// <see cref="Capacity"/> of the buffer throws ArgumentException.
        /// </summary>
        public MessageReader(byte[] buffer, int maxMessageSize, int pendingOffset, int pendingCount)
        {
            _buffer = buffer;
            if (maxMessageSize > Capacity(buffer.Length))
            {
                // ServerOptions.Validate refuses this at Start; never lower the limit silently.
                throw new ArgumentException("MaxMessageSize " + maxMessageSize + " is over what a " + buffer.Length + "-byte buffer assembles (" + Capacity(buffer.Length) + ")", "maxMessageSize");
            }

            _maxMessage = maxMessageSize;
            _rawStart = pendingOffset;
            _rawEnd = pendingOffset + pendingCount;
        }

        /// <summary>
        /// The largest message a buffer of <paramref name="bufferLength"/> bytes can assemble:
        /// the first frame's header stays in front of the message (the payload is not moved) and
        /// the next header must fit behind it, so two client headers are set aside.
        /// </summary>
        public static int Capacity(int bufferLength)
        {
            return bufferLength - 2 * MaxClientHeader;
        }

        /// <summary>True while a frame has started and not ended (ServerOptions.FrameTimeoutMs applies).</summary>
        public bool FrameInProgress
        {
            get { return _decoder.InFrame || _rawStart != _rawEnd; }
        }

        /// <summary><see cref="FrameInProgress"/> or <see cref="MessageInProgress"/>, in one call.</summary>
        public bool UnderWay
        {
            get { return _inMessage || _rawStart != _rawEnd || _decoder.InFrame; }
        }

        /// <summary>True when received bytes wait for <see cref="Process"/> (false: it could only answer NeedMore).</summary>
        public bool HasUnread
        {
            get { return _rawStart != _rawEnd; }
        }

        /// <summary>True while a data message has started and not ended (ServerOptions.MessageTimeoutMs applies).</summary>
        public bool MessageInProgress
        {
            get { return _inMessage; }
        }

        /// <summary>The enforced message size limit.</summary>
        public int MaxMessageSize
        {
            get { return _maxMessage; }
        }

        /// <summary>Opcode.Text or Opcode.Binary of the message returned by <see cref="Process"/>.</summary>
        public int MessageOpcode;

        /// <summary>Start of that message's payload in the receive buffer.</summary>
        public int MessageOffset;

        /// <summary>Length of that message's payload.</summary>
        public int MessageCount;

        /// <summary>A control frame's opcode, after <see cref="Control"/>.</summary>
        public int ControlOpcode;

        /// <summary>Its payload length; the payload is at <see cref="ControlPayloadOffset"/>.</summary>
        public int ControlLength;

        /// <summary>Close code after <see cref="Fail"/>: 1002, 1007 or 1009.</summary>
        public int FailCode;

        /// <summary>The last control frame's payload, preceded by 2 free bytes for a Pong header.</summary>
        public readonly byte[] ControlFrame = new byte[ControlPayloadOffset + FrameEncoder.MaxControlPayload];

        /// <summary>Where the next network read must write (see <see cref="PrepareRead"/>).</summary>
        public int ReadOffset
        {
            get { return _rawEnd; }
        }

        /// <summary>
        /// From now on data frames are skipped unread and headers are not checked: the
        /// connection is closing and only the peer's Close frame still matters (section 7.1.7).
        /// </summary>
        public void BeginDiscarding()
        {
            _discarding = true;
            _decoder.Lenient = true;
            _messageLength = 0;
            _inMessage = false;
        }

        /// <summary>Makes room behind the unprocessed bytes; returns how many bytes may be read at <see cref="ReadOffset"/>.</summary>
        public int PrepareRead()
        {
            return _buffer.Length - PrepareReadOffset();
        }

        /// <summary>
        /// Makes room behind the unprocessed bytes and returns <see cref="ReadOffset"/>: the next
        /// read may fill the buffer from there to its end. One call where the receive loop would
        /// otherwise make two (calls, not bytes, cost on the interpreter).
        /// </summary>
        public int PrepareReadOffset()
        {
            // Outside a message everything before the raw bytes is free (Process has released the
            // last message); inside one, the raw bytes go right behind it.
            int tail = _inMessage ? _messageStart + _messageLength : 0;
            if (_rawStart == _rawEnd)
            {
                _rawStart = tail;
                _rawEnd = tail;
            }
            else if (_rawStart > tail)
            {
                MoveRaw(tail);
            }

            return _rawEnd;
        }

        /// <summary>Records <paramref name="count"/> bytes just read at <see cref="ReadOffset"/>.</summary>
        public void Filled(int count)
        {
            _rawEnd += count;
        }

        /// <summary>
        /// Processes received bytes up to the next event. A message or control frame stays valid
        /// until the next call.
        /// </summary>
        public int Process()
        {
            if (_delivered)
            {
                _delivered = false;
                _messageLength = 0;
            }

            while (true)
            {
                if (!_decoder.InPayload)
                {
                    if (_rawStart == _rawEnd) return NeedMore;
                    int status = _decoder.DecodeHeader(_buffer, _rawStart, _rawEnd - _rawStart);
                    _rawStart += _decoder.Consumed;
                    if (status == FrameDecoder.NeedMore) return NeedMore;
                    if (status == FrameDecoder.Invalid)
                    {
                        FailCode = _decoder.FailCode;
                        return Fail;
                    }

                    int started = StartFrame();
                    if (started != NeedMore) return started;
                }
                else
                {
                    if (_rawStart == _rawEnd) return NeedMore;
                    int result = Opcode.IsControl(_decoder.Opcode) ? ReadControl() : ReadData();
                    if (result != NeedMore) return result;
                }
            }
        }

        // A header has just completed. Returns an event, or NeedMore to go on.
        private int StartFrame()
        {
            if (Opcode.IsControl(_decoder.Opcode))
            {
                ControlOpcode = _decoder.Opcode;
                ControlLength = 0;
                return _decoder.InPayload ? NeedMore : Control;
            }

            if (_discarding) return NeedMore;
            if (_decoder.Opcode != Opcode.Continuation)
            {
                // First frame: the message starts where its payload is. Keep that near the buffer
                // start so that MaxMessageSize bytes fit behind it (see Capacity).
                if (_rawStart > MaxClientHeader) MoveRaw(0);
                _messageStart = _rawStart;
                _messageLength = 0;
                _inMessage = true;
                _utf8.Reset();
            }

            // Section 10.4: refuse before buffering anything of a message that will not fit.
            if (_decoder.PayloadLength > _maxMessage - _messageLength)
            {
                FailCode = CloseStatus.MessageTooBig;
                return Fail;
            }

            return _decoder.InPayload ? NeedMore : EndOfDataFrame();
        }

        private int ReadControl()
        {
            int available = _rawEnd - _rawStart;
            int room = ControlFrame.Length - ControlPayloadOffset - ControlLength;
            if (room == 0)
            {
                // Only while discarding can a control frame exceed 125 bytes (the check is off):
                // keep its start, which is all a Close needs, and step over the rest.
                _rawStart += _decoder.SkipPayload(available);
                return _decoder.InPayload ? NeedMore : Control;
            }

            int n = _decoder.UnmaskPayload(_buffer, _rawStart, available < room ? available : room);
            Array.Copy(_buffer, _rawStart, ControlFrame, ControlPayloadOffset + ControlLength, n);
            ControlLength += n;
            _rawStart += n;
            return _decoder.InPayload ? NeedMore : Control;
        }

        private int ReadData()
        {
            int available = _rawEnd - _rawStart;
            if (_discarding)
            {
                _rawStart += _decoder.SkipPayload(available);
                return NeedMore;
            }

            bool text = _decoder.MessageOpcode == Opcode.Text;
            int n = text ? _decoder.UnmaskText(_buffer, _rawStart, available) : _decoder.UnmaskPayload(_buffer, _rawStart, available);
            int destination = _messageStart + _messageLength;
            if (destination != _rawStart) Array.Copy(_buffer, _rawStart, _buffer, destination, n);
            _rawStart += n;
            _messageLength += n;

            // Section 8.1: fail as soon as the text cannot be UTF-8, not only at the message end.
            // ASCII after a complete character needs no check (the unmask pass looked at it).
            if (text && !(_decoder.PayloadAscii && _utf8.IsComplete) && !_utf8.Feed(_buffer, destination, n))
            {
                FailCode = CloseStatus.InvalidPayloadData;
                return Fail;
            }

            return _decoder.InPayload ? NeedMore : EndOfDataFrame();
        }

        private int EndOfDataFrame()
        {
            if (!_decoder.Fin) return NeedMore;
            _inMessage = false;
            if (_decoder.MessageOpcode == Opcode.Text && !_utf8.IsComplete)
            {
                FailCode = CloseStatus.InvalidPayloadData;
                return Fail;
            }

            MessageOpcode = _decoder.MessageOpcode;
            MessageOffset = _messageStart;
            MessageCount = _messageLength;
            _delivered = true;
            return Message;
        }

        /// <summary>
        /// Checks a received Close payload (section 5.5.1): empty, or a code that may be sent
        /// (section 7.4) followed by a UTF-8 reason. Returns 0 when valid, else the close code to
        /// fail with: 1002 for a 1-byte payload or a bad code, 1007 for a reason that is not
        /// UTF-8 (section 8.1 treats it as any other invalid UTF-8).
        /// </summary>
        public int CheckClosePayload()
        {
            if (ControlLength == 0) return 0;
            if (ControlLength == 1) return CloseStatus.ProtocolError;
            if (!CloseStatus.IsValidOnWire(ReceivedCloseCode)) return CloseStatus.ProtocolError;
            bool valid = _reasonUtf8.IsValidText(ControlFrame, ControlPayloadOffset + 2, ControlLength - 2);
            return valid ? 0 : CloseStatus.InvalidPayloadData;
        }

        /// <summary>The code of the last Close frame, or 1005 (NoStatusReceived) when it had none.</summary>
        public int ReceivedCloseCode
        {
            get
            {
                if (ControlLength < 2) return CloseStatus.NoStatusReceived;
                return (ControlFrame[ControlPayloadOffset] << 8) | ControlFrame[ControlPayloadOffset + 1];
            }
        }

        private void MoveRaw(int destination)
        {
            int count = _rawEnd - _rawStart;
            if (count > 0) Array.Copy(_buffer, _rawStart, _buffer, destination, count);
            _rawStart = destination;
            _rawEnd = destination + count;
        }
    }
}
