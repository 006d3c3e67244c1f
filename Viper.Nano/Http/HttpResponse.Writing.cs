using System;

namespace Viper.Nano.Http
{
    /// <summary>Byte-level writing: the head, streamed bodies and chunks (RFC 9112 sections 4, 6, 7.1).</summary>
    public sealed partial class HttpResponse
    {
        private static readonly string[] Days = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        // A clock that says an earlier year was never set: RFC 9110 6.6.1 says a server without a
        // clock MUST NOT send Date, and a device before NTP has none.
        private const int FirstPlausibleYear = 2024;

        /// <summary>
        /// Starts a body of unknown length: chunked for HTTP/1.1 clients; for HTTP/1.0 clients the
        /// body runs until the connection closes. Follow with <see cref="WriteChunk(byte[], int, int)"/>
        /// and end with <see cref="EndChunked"/> (the server ends it if the handler does not).
        /// </summary>
        public void BeginChunked(string contentType)
        {
            BeginBody(-1, contentType);
            _streaming = true;
            Flush();
        }

        /// <summary>Sends one chunk of the body started by <see cref="BeginChunked"/>, right away.</summary>
        public void WriteChunk(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset + count > data.Length) throw new ArgumentOutOfRangeException();
            CheckStreaming();
            if (count == 0 || _omitBody) return;
            if (_chunked) ChunkHeader(count);
            Append(data, offset, count);
            if (_chunked) Ascii("\r\n");
            Flush();
        }

        /// <summary>Sends <paramref name="text"/>, UTF-8 encoded, as one chunk.</summary>
        public void WriteChunk(string text)
        {
            CheckStreaming();
            if (text == null || text.Length == 0 || _omitBody) return;
            if (_chunked) ChunkHeader(HttpText.Utf8Length(text, 0, text.Length));
            WriteUtf8(text);
            if (_chunked) Ascii("\r\n");
            Flush();
        }

        /// <summary>Ends a streamed body: the last chunk (HTTP/1.1), or nothing and a closing connection (HTTP/1.0).</summary>
        public void EndChunked()
        {
            CheckStreaming();
            _ended = true;
            if (_chunked && !_omitBody) Ascii("0\r\n\r\n");
            Flush();
        }

        private void CheckStreaming()
        {
            if (!_streaming || _ended) throw new InvalidOperationException("call BeginChunked first");
        }

        private void ChunkHeader(int size)
        {
            if (_buffer.Length - _pos < 12) Flush();
            WriteNumber(size, 16);
            Ascii("\r\n");
        }

        // Writes the head; length -1 means a body of unknown length.
        private void BeginBody(int length, string contentType)
        {
            if (_started) throw new InvalidOperationException("the response is already written");
            _started = true;
            _pos = 0;
            if (HttpStatus.HasNoBody(_status)) _omitBody = true;
            try
            {
                WriteHead(length, contentType);
            }
            catch (IndexOutOfRangeException)
            {
                // The head does not fit the send buffer: undo, so the server can still answer 500.
                _started = false;
                _pos = 0;
                throw new InvalidOperationException("response head larger than the send buffer");
            }
        }

        private void WriteHead(int length, string contentType)
        {
            // A handler that was running when Stop came finishes its response on a connection that then closes.
            if (Server != null && Server.IsStopping) CloseConnection = true;
            Ascii("HTTP/1.1 ");
            WriteNumber(_status, 10);
            Put(' ');
            Ascii(HttpStatus.ReasonPhrase(_status));
            Ascii("\r\n");
            if (SendDate) WriteDate();
            bool hasType = false;
            bool hasConnection = false;
            for (int i = 0; i < _headerCount; i++)
            {
                hasType |= HttpText.EqualsIgnoreCase(_names[i], "content-type");
                hasConnection |= HttpText.EqualsIgnoreCase(_names[i], "connection");
                Field(_names[i], _values[i]);
            }

            if (contentType != null && !hasType && !HttpStatus.HasNoBody(_status)) Field("Content-Type", contentType);
            if (!HttpStatus.HasNoBody(_status))
            {
                if (length >= 0)
                {
                    Ascii("Content-Length: ");
                    WriteNumber(length, 10);
                    Ascii("\r\n");
                }
                else if (_http11)
                {
                    Ascii("Transfer-Encoding: chunked\r\n");
                    _chunked = true;
                }
                else
                {
                    // RFC 9112 6.3: without a length, an HTTP/1.0 body ends when the connection closes.
                    _closeDelimited = true;
                }
            }

            if (hasConnection)
            {
                // The handler's Connection header (e.g. "Upgrade") stands for itself.
            }
            else if (!KeepsConnection)
            {
                Ascii("Connection: close\r\n");
            }
            else if (!_http11)
            {
                Ascii("Connection: keep-alive\r\n");
            }
            Ascii("\r\n");
        }

        private void Field(string name, string value)
        {
            Ascii(name);
            Ascii(": ");
            WriteUtf8Strict(value);
            Ascii("\r\n");
        }

        private void WriteDate()
        {
            DateTime now = DateTime.UtcNow;
            if (now.Year < FirstPlausibleYear) return;

            // IMF-fixdate, RFC 9110 5.6.7: "Sun, 06 Nov 1994 08:49:37 GMT".
            Ascii("Date: ");
            Ascii(Days[(int)now.DayOfWeek]);
            Ascii(", ");
            TwoDigits(now.Day);
            Put(' ');
            Ascii(Months[now.Month - 1]);
            Put(' ');
            WriteNumber(now.Year, 10);
            Put(' ');
            TwoDigits(now.Hour);
            Put(':');
            TwoDigits(now.Minute);
            Put(':');
            TwoDigits(now.Second);
            Ascii(" GMT\r\n");
        }

        private void TwoDigits(int value)
        {
            Put((char)('0' + value / 10));
            Put((char)('0' + value % 10));
        }

        private void WriteNumber(int value, int radix)
        {
            int digits = 1;
            for (int v = value / radix; v > 0; v /= radix) digits++;
            if (_pos + digits > _buffer.Length) throw new IndexOutOfRangeException();
            for (int i = digits - 1; i >= 0; i--)
            {
                int d = value % radix;
                _buffer[_pos + i] = (byte)(d < 10 ? '0' + d : 'a' + d - 10);
                value /= radix;
            }

            _pos += digits;
        }

        private void Put(char c)
        {
            _buffer[_pos++] = (byte)c;
        }

        // Head text is ASCII (names are tokens; phrases and our literals are ASCII).
        private void Ascii(string text)
        {
            if (_pos + text.Length > _buffer.Length) throw new IndexOutOfRangeException();
            for (int i = 0; i < text.Length; i++) _buffer[_pos + i] = (byte)text[i];
            _pos += text.Length;
        }

        // Header values may hold non-ASCII text; it goes out as UTF-8 (obs-text) and must fit.
        private void WriteUtf8Strict(string text)
        {
            if (_pos + HttpText.Utf8Length(text, 0, text.Length) > _buffer.Length) throw new IndexOutOfRangeException();
            _pos += HttpText.Utf8.GetBytes(text, 0, text.Length, _buffer, _pos);
        }

        // Body text: encoded into the buffer as far as it fits, flushed, and continued.
        private void WriteUtf8(string text)
        {
            int i = 0;
            while (i < text.Length && !_failed)
            {
                if (_buffer.Length - _pos < 4) Flush();
                int room = _buffer.Length - _pos;
                int j = i;
                int bytes = 0;
                while (j < text.Length)
                {
                    char c = text[j];
                    int take = 1;
                    int width = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                    if (c >= 0xD800 && c <= 0xDBFF && j + 1 < text.Length && text[j + 1] >= 0xDC00 && text[j + 1] <= 0xDFFF)
                    {
                        width = 4;
                        take = 2;
                    }

                    if (bytes + width > room) break;
                    bytes += width;
                    j += take;
                }

                _pos += HttpText.Utf8.GetBytes(text, i, j - i, _buffer, _pos);
                i = j;
            }
        }

        private void Append(byte[] data, int offset, int count)
        {
            if (count > _buffer.Length - _pos)
            {
                Flush();
                if (count > _buffer.Length)
                {
                    Send(data, offset, count);
                    return;
                }
            }

            Array.Copy(data, offset, _buffer, _pos, count);
            _pos += count;
        }

        private void Flush()
        {
            if (_pos > 0) Send(_buffer, 0, _pos);
            _pos = 0;
        }

        private void Send(byte[] data, int offset, int count)
        {
            if (_failed) return;
            if (_transport == null || !_transport.Send(data, offset, count)) _failed = true;
        }
    }
}
