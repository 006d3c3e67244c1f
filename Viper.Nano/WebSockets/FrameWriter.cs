using System;
using Viper.Nano.Text;

namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// Writes whole server frames to the transport through the slot's send buffer. Every method
    /// expects the caller to hold the connection's send lock (see WebSocket), so that frames from
    /// the handler thread and from broadcasts never interleave on the wire. A payload larger than
    /// the send buffer goes out as the header plus a first piece, then the rest straight from the
    /// caller's array (server frames are unmasked, section 5.1): nothing is allocated.
    /// Every method returns false once the transport has failed; the connection is then dead.
    /// </summary>
    internal sealed class FrameWriter
    {
        private readonly ITransport _transport;
        private readonly byte[] _buffer;

        /// <summary>Writes through <paramref name="sendBuffer"/>, which must hold at least 127 bytes (a whole control frame).</summary>
        public FrameWriter(ITransport transport, byte[] sendBuffer)
        {
            if (sendBuffer.Length < 2 + FrameEncoder.MaxControlPayload) throw new ArgumentException("send buffer too small");
            _transport = transport;
            _buffer = sendBuffer;
        }

        /// <summary>The slot's send buffer, for writers of whole frames or handshake answers.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>One unfragmented data or control frame with the given payload.</summary>
        public bool WriteFrame(int opcode, byte[] payload, int offset, int count)
        {
            int header = FrameEncoder.WriteHeader(_buffer, 0, true, opcode, count);
            int first = _buffer.Length - header;
            if (first > count) first = count;
            if (first > 0) Array.Copy(payload, offset, _buffer, header, first);
            if (!Send(_buffer, 0, header + first)) return false;
            int rest = count - first;
            return rest == 0 || Send(payload, offset + first, rest);
        }

        /// <summary>
        /// One Text frame with the UTF-8 encoding of <paramref name="text"/>. A char needs at most
        /// 3 bytes, so a text of up to a third of the buffer is encoded once, natively, behind the
        /// longest header, and its header is written right in front of it. A longer text is
        /// counted first (natively, through the buffer), then encoded and sent piece by piece.
        /// </summary>
        public bool WriteText(string text)
        {
            int n = text.Length;
            const int Gap = FrameEncoder.MaxHeaderLength;
            if (n <= (_buffer.Length - Gap) / 3)
            {
                int length = Utf8.Encode(text, 0, n, _buffer, Gap);
                int start = Gap - FrameEncoder.HeaderLength(length);
                FrameEncoder.WriteHeader(_buffer, start, true, Opcode.Text, length);
                return Send(_buffer, start, Gap - start + length);
            }

            int total = Utf8.ByteCount(text, 0, n, _buffer, 0, _buffer.Length);
            int used = FrameEncoder.WriteHeader(_buffer, 0, true, Opcode.Text, total);
            int next = 0;
            while (true)
            {
                int written;
                next += Utf8.EncodePrefix(text, next, n - next, _buffer, used, _buffer.Length - used, out written);
                used += written;
                if (next == n) return Send(_buffer, 0, used);
                if (!Send(_buffer, 0, used)) return false;
                used = 0;
            }
        }

        /// <summary>A Close frame with <paramref name="code"/> (0: none) and a reason cut to fit.</summary>
        public bool WriteClose(int code, string reason)
        {
            int length = FrameEncoder.WriteCloseFrame(_buffer, 0, code, reason);
            return Send(_buffer, 0, length);
        }

        /// <summary>Bytes that are already whole frames.</summary>
        public bool WriteRaw(byte[] frames, int offset, int count)
        {
            return Send(frames, offset, count);
        }

        /// <summary>When set, frames go through the connection's outbox (the caller holds its write right).</summary>
        internal Outbox Outbox;

        private bool Send(byte[] data, int offset, int count)
        {
            if (!_transport.IsOpen) return false;
            return Outbox != null ? Outbox.Write(data, offset, count) : _transport.Send(data, offset, count);
        }
    }
}
