using System;
using Viper.Nano.Http;

namespace Viper.Nano.Server
{
    /// <summary>
    /// Request bodies (RFC 9112 section 6): Content-Length or chunked. A body that fits in the
    /// receive buffer after the head stays there; a larger one (up to MaxBodySize) goes to an
    /// array allocated for the request. Chunked bodies are decoded in place.
    /// </summary>
    internal sealed partial class HttpConnection
    {
        // Reads the body, if any; false when the connection is done (answered and closing, or gone).
        private bool ReadBody(int headLength)
        {
            _request.SetBody(_rx, headLength, 0);
            if (!_parser.HasBody) return true;
            if (_parser.ExpectContinue && !_transport.Send(Continue100, 0, Continue100.Length)) return false;
            if (_parser.ExpectContinue) _server.Stats.CountResponse(HttpStatus.Continue);
            long deadline = Deadline(_options.BodyTimeoutMs);
            return _parser.IsChunked ? ReadChunked(headLength, deadline) : ReadLength(headLength, _parser.ContentLength, deadline);
        }

        private bool ReadLength(int headLength, int length, long deadline)
        {
            if (headLength + length <= _rx.Length)
            {
                while (_filled < headLength + length)
                {
                    if (!ReceiveBody(_rx, _filled, _rx.Length - _filled, deadline, out int n)) return false;
                    _filled += n;
                }

                _request.SetBody(_rx, headLength, length);
                _next = headLength + length;
                return true;
            }

            byte[] body = new byte[length];
            int have = _filled - headLength;
            Array.Copy(_rx, headLength, body, 0, have);
            while (have < length)
            {
                if (!ReceiveBody(body, have, length - have, deadline, out int n)) return false;
                have += n;
            }

            _filled = headLength;
            _request.SetBody(body, 0, length);
            return true;
        }

        private bool ReadChunked(int headLength, long deadline)
        {
            _chunked.Reset();
            byte[] body = _rx;
            int bodyStart = headLength;
            int written = 0;
            int pos = headLength;
            while (true)
            {
                ChunkStatus status = _chunked.Decode(_rx, pos, _filled - pos);
                pos += _chunked.Consumed;
                if (status == ChunkStatus.Complete) break;
                if (status == ChunkStatus.Invalid)
                {
                    Reject(HttpStatus.BadRequest, _chunked.ErrorReason);
                    return false;
                }

                // The size line already says whether this chunk fits: refuse before its data arrives.
                if (written + _chunked.DataLength + _chunked.ChunkRemaining > _options.MaxBodySize)
                {
                    Reject(HttpStatus.ContentTooLarge, "body too large");
                    return false;
                }

                if (status == ChunkStatus.Data)
                {
                    int n = _chunked.DataLength;
                    if (body == _rx) MoveDown(_rx, _chunked.DataOffset, bodyStart + written, n);
                    else Array.Copy(_rx, _chunked.DataOffset, body, written, n);
                    written += n;
                    continue;
                }

                // Need more: every byte so far is consumed, so receive right after the decoded data.
                _filled = pos = body == _rx ? bodyStart + written : headLength;
                if (_filled == _rx.Length)
                {
                    // The decoded body fills the buffer: move it to an array of the largest allowed size.
                    body = new byte[_options.MaxBodySize];
                    Array.Copy(_rx, bodyStart, body, 0, written);
                    bodyStart = 0;
                    _filled = pos = headLength;
                }

                if (!ReceiveBody(_rx, _filled, _rx.Length - _filled, deadline, out int received)) return false;
                _filled += received;
            }

            _next = pos;
            _request.SetBody(body, bodyStart, written);
            return true;
        }

        private bool ReceiveBody(byte[] buffer, int offset, int count, long deadline, out int received)
        {
            while (true)
            {
                received = _transport.Receive(buffer, offset, count, Remaining(deadline));
                if (received > 0) return true;
                if (received == TransportResult.Closed) return false;
                if (Remaining(deadline) > 0) continue;
                _server.Stats.TimedOut();
                Reject(HttpStatus.RequestTimeout, "request body not received in time");
                return false;
            }
        }
    }
}
