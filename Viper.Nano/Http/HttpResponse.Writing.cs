using System;
using System.Text;
using Viper.Nano.Text;

namespace Viper.Nano.Http
{
    /// <summary>Byte-level writing: the head, streamed bodies and chunks (RFC 9112 sections 4, 6, 7.1).</summary>
    public sealed partial class HttpResponse
    {
        private static readonly string[] Days = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        // The head's fixed pieces as bytes, made once: on nanoCLR every load of a string literal
        // allocates a string, and each char read of a string walks it from its start.
        private static readonly byte[] StatusLineStart = Encoding.UTF8.GetBytes("HTTP/1.1 ");
        private static readonly byte[] Crlf = Encoding.UTF8.GetBytes("\r\n");
        private static readonly byte[] ColonSpace = Encoding.UTF8.GetBytes(": ");
        private static readonly byte[] ContentLengthField = Encoding.UTF8.GetBytes("Content-Length: ");
        private static readonly byte[] ChunkedField = Encoding.UTF8.GetBytes("Transfer-Encoding: chunked\r\n");
        private static readonly byte[] CloseField = Encoding.UTF8.GetBytes("Connection: close\r\n");
        private static readonly byte[] KeepAliveField = Encoding.UTF8.GetBytes("Connection: keep-alive\r\n");
        private static readonly byte[] LastChunk = Encoding.UTF8.GetBytes("0\r\n\r\n");
        private static readonly byte[] DateField = Encoding.UTF8.GetBytes("Date: ");
        private static readonly byte[] CommaSpace = Encoding.UTF8.GetBytes(", ");
        private static readonly byte[] GmtEnd = Encoding.UTF8.GetBytes(" GMT\r\n");
        private static readonly string ContentTypeName = "Content-Type";
        private static readonly string ConnectionName = "Connection";

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
            if (_chunked) Bytes(Crlf);
            Flush();
        }

        /// <summary>Sends <paramref name="text"/>, UTF-8 encoded, as one chunk.</summary>
        public void WriteChunk(string text)
        {
            CheckStreaming();
            if (text == null || text.Length == 0 || _omitBody) return;
            if (_chunked) ChunkHeader(Utf8.ByteCount(text, 0, text.Length, _buffer, _pos, _buffer.Length - _pos));
            WriteUtf8(text);
            if (_chunked) Bytes(Crlf);
            Flush();
        }

        /// <summary>Ends a streamed body: the last chunk (HTTP/1.1), or nothing and a closing connection (HTTP/1.0).</summary>
        public void EndChunked()
        {
            CheckStreaming();
            _ended = true;
            if (_chunked && !_omitBody) Bytes(LastChunk);
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
            Bytes(Crlf);
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
            if (Host != null && Host.IsStopping) CloseConnection = true;
            Bytes(StatusLineStart);
            WriteNumber(_status, 10);
            Put(' ');
            Ascii(HttpStatus.ReasonPhrase(_status));
            Bytes(Crlf);
            if (SendDate) WriteDate();
            bool hasType = false;
            bool hasConnection = false;
            for (int i = 0; i < _headerCount; i++)
            {
                hasType |= HttpText.EqualsIgnoreCase(_names[i], ContentTypeName);
                hasConnection |= HttpText.EqualsIgnoreCase(_names[i], ConnectionName);
                Field(_names[i], _values[i]);
            }

            if (contentType != null && !hasType && !HttpStatus.HasNoBody(_status)) Field(ContentTypeName, contentType);
            if (!HttpStatus.HasNoBody(_status))
            {
                if (length >= 0)
                {
                    Bytes(ContentLengthField);
                    WriteNumber(length, 10);
                    Bytes(Crlf);
                }
                else if (_http11)
                {
                    Bytes(ChunkedField);
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
                Bytes(CloseField);
            }
            else if (!_http11)
            {
                Bytes(KeepAliveField);
            }
            Bytes(Crlf);
        }

        private void Field(string name, string value)
        {
            Ascii(name);
            Bytes(ColonSpace);
            WriteUtf8Strict(value);
            Bytes(Crlf);
        }

        private void WriteDate()
        {
            DateTime now = DateTime.UtcNow;
            if (now.Year < FirstPlausibleYear) return;

            // IMF-fixdate, RFC 9110 5.6.7: "Sun, 06 Nov 1994 08:49:37 GMT".
            Bytes(DateField);
            Ascii(Days[(int)now.DayOfWeek]);
            Bytes(CommaSpace);
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
            Bytes(GmtEnd);
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

        // Head text is ASCII (names are tokens; phrases and our literals are ASCII), so its
        // length in bytes is its length in chars; the native encoder copies it in one call.
        private void Ascii(string text)
        {
            int n = text.Length;
            if (_pos + n > _buffer.Length) throw new IndexOutOfRangeException();
            if (n > 0) _pos += Utf8.Encoding.GetBytes(text, 0, n, _buffer, _pos);
        }

        private void Bytes(byte[] ascii)
        {
            if (_pos + ascii.Length > _buffer.Length) throw new IndexOutOfRangeException();
            Array.Copy(ascii, 0, _buffer, _pos, ascii.Length);
            _pos += ascii.Length;
        }

        // Header values may hold non-ASCII text; it goes out as UTF-8 (obs-text) and must fit.
        private void WriteUtf8Strict(string text)
        {
            int n = Utf8.EncodeWithin(text, _buffer, _pos, _buffer.Length - _pos);
            if (n < 0) throw new IndexOutOfRangeException();
            _pos += n;
        }

        // Body text: encoded natively into the buffer as far as it fits (whole characters only),
        // flushed, and continued. No char-by-char walk: see Utf8.
        private void WriteUtf8(string text)
        {
            int i = 0;
            while (i < text.Length && !_failed)
            {
                if (_buffer.Length - _pos < 4) Flush();
                int written;
                int chars = Utf8.EncodePrefix(text, i, text.Length - i, _buffer, _pos, _buffer.Length - _pos, out written);
                _pos += written;
                i += chars;
                if (chars == 0) Flush();
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
