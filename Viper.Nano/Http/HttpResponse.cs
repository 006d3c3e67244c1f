using System;
using nanoFramework.Json;
using Viper.Nano.Text;

namespace Viper.Nano.Http
{
    /// <summary>
    /// Writes one response into the connection's fixed send buffer and out through its transport:
    /// status line, headers, then a body framed by Content-Length, or chunked when its length is
    /// not known in advance. One Write method per response; a handler that writes nothing gets an
    /// empty response with <see cref="Status"/>. For HEAD requests the head says what GET would
    /// send, and the body is left out (RFC 9110 9.3.2).
    /// </summary>
    /// <remarks>
    /// Writing allocates nothing for bytes, text and content sources: heads are formatted byte by
    /// byte and text is encoded straight into the send buffer. Bodies larger than the buffer go
    /// out in several sends. A failed send marks the connection dead; the handler does not see an
    /// exception, and the server closes the connection when the handler returns.
    /// </remarks>
    public sealed partial class HttpResponse
    {
        /// <summary>Headers a handler may add with <see cref="SetHeader"/>.</summary>
        public const int MaxHeaders = 8;

        // Fields, not constants: a constant is a string literal at each use, and on nanoCLR
        // every load of a literal allocates.
        private static readonly string TextPlain = "text/plain; charset=utf-8";
        private static readonly string ApplicationJson = "application/json";

        private byte[] _buffer;
        private readonly string[] _names = new string[MaxHeaders];
        private readonly string[] _values = new string[MaxHeaders];
        private ITransport _transport;
        private int _headerCount;
        private int _status;
        private int _pos;
        private bool _omitBody;
        private bool _http11;
        private bool _clientKeepAlive;
        private bool _started;
        private bool _chunked;
        private bool _closeDelimited;
        private bool _streaming;
        private bool _ended;
        private bool _failed;

        /// <summary>
        /// A response writer over <paramref name="sendBuffer"/>, which it owns from now on. The
        /// server makes one per worker thread; call <see cref="Begin"/> before each response.
        /// </summary>
        public HttpResponse(byte[] sendBuffer)
        {
            if (sendBuffer == null || sendBuffer.Length < 128) throw new ArgumentException("send buffer of at least 128 bytes");
            _buffer = sendBuffer;
            Begin(null, false, true, false);
        }

        // The server's worker threads serve many connection slots with one response each.
        internal void UseBuffer(byte[] sendBuffer)
        {
            if (sendBuffer == null || sendBuffer.Length < 128) throw new ArgumentException("send buffer of at least 128 bytes");
            _buffer = sendBuffer;
        }

        /// <summary>The status code to send (default 200). Set it before writing.</summary>
        public int Status
        {
            get => _status;
            set
            {
                if (value < 100 || value > 999) throw new ArgumentOutOfRangeException("value");
                if (_started) throw new InvalidOperationException("the response head is already sent");
                _status = value;
            }
        }

        /// <summary>
        /// Set to close the connection after this response; it is then sent with
        /// "Connection: close". The server sets it too: HTTP/1.0 without keep-alive, a client that
        /// asked to close, errors, shutdown.
        /// </summary>
        public bool CloseConnection { get; set; }

        /// <summary>True once the status line has gone out: the status and headers can no longer change.</summary>
        public bool HeadersSent => _started;

        /// <summary>True when a send failed: the connection is dead and will be closed.</summary>
        public bool Failed => _failed;

        /// <summary>Whether to send a Date header when the clock is set (see ServerOptions.SendDateHeader).</summary>
        internal bool SendDate { get; set; }

        /// <summary>The server whose connection this is: a head written while it stops says Connection: close.</summary>
        internal IServerHost Host;

        /// <summary>
        /// Adds a header, or replaces one of the same name (case ignored). The writer owns framing:
        /// Content-Length and Transfer-Encoding are refused; "Connection: close" sets
        /// <see cref="CloseConnection"/>; another Connection value (such as "Upgrade" for a 101)
        /// replaces the one the writer would send. Values may not contain CR, LF or other controls
        /// (that would let a value inject headers).
        /// </summary>
        public void SetHeader(string name, string value)
        {
            if (_started) throw new InvalidOperationException("the response head is already sent");
            CheckName(name);
            CheckValue(value);
            if (HttpText.EqualsIgnoreCase(name, "content-length") || HttpText.EqualsIgnoreCase(name, "transfer-encoding"))
            {
                throw new ArgumentException("the response writer sets the framing headers");
            }

            if (HttpText.EqualsIgnoreCase(name, "connection") && HttpText.EqualsIgnoreCase(value, "close"))
            {
                CloseConnection = true;
                return;
            }

            for (int i = 0; i < _headerCount; i++)
            {
                if (HttpText.EqualsIgnoreCase(_names[i], name))
                {
                    _values[i] = value;
                    return;
                }
            }

            if (_headerCount == MaxHeaders) throw new InvalidOperationException("too many response headers");
            _names[_headerCount] = name;
            _values[_headerCount] = value;
            _headerCount++;
        }

        /// <summary>Sends <paramref name="text"/> as UTF-8 text/plain.</summary>
        public void WriteText(string text)
        {
            WriteText(text, TextPlain);
        }

        /// <summary>Sends <paramref name="text"/> encoded as UTF-8, with the given Content-Type.</summary>
        public void WriteText(string text, string contentType)
        {
            if (text == null) text = string.Empty;
            BeginBody(Utf8.ByteCount(text, 0, text.Length, _buffer, _pos, _buffer.Length - _pos), contentType);
            if (!_omitBody) WriteUtf8(text);
            Flush();
        }

        /// <summary>Sends <paramref name="value"/> serialized by nanoFramework.Json, as application/json.</summary>
        public void WriteJson(object value)
        {
            WriteText(JsonConvert.SerializeObject(value), ApplicationJson);
        }

        /// <summary>Sends JSON the caller already has as UTF-8 bytes.</summary>
        public void WriteJsonRaw(byte[] json, int offset, int count)
        {
            WriteBytes(json, offset, count, ApplicationJson);
        }

        /// <summary>Sends <paramref name="count"/> bytes with the given Content-Type (none when null).</summary>
        public void WriteBytes(byte[] data, int offset, int count, string contentType)
        {
            if (data == null || offset < 0 || count < 0 || offset + count > data.Length) throw new ArgumentOutOfRangeException();
            BeginBody(count, contentType);
            if (!_omitBody) Append(data, offset, count);
            Flush();
        }

        /// <summary>
        /// Sends a content source of known length, copied through the send buffer one piece at a
        /// time: a page of any size costs no heap.
        /// </summary>
        public void WriteContent(IResponseContent content, string contentType)
        {
            if (content == null) throw new ArgumentNullException("content");
            int length = content.Length;
            BeginBody(length, contentType);
            int position = 0;
            while (!_omitBody && !_failed && position < length)
            {
                if (_pos == _buffer.Length) Flush();
                int n = content.Read(position, _buffer, _pos, _buffer.Length - _pos);
                if (n <= 0)
                {
                    // The source promised more than it has: the framing is now wrong, so the
                    // connection cannot be reused.
                    _failed = true;
                    break;
                }

                _pos += n;
                position += n;
            }

            Flush();
        }

        /// <summary>
        /// Redirects to <paramref name="location"/>: 302 Found, unless <see cref="Status"/> was
        /// already set to another 3xx (301, 303, 307, 308).
        /// </summary>
        public void Redirect(string location)
        {
            if (location == null) throw new ArgumentNullException("location");
            if (_status < 300 || _status > 399) Status = HttpStatus.Found;
            SetHeader("Location", location);
            WriteBytes(_buffer, 0, 0, null);
        }

        /// <summary>
        /// Prepares for the next response, sent through <paramref name="transport"/>: to a HEAD
        /// request (<paramref name="isHead"/>: no body goes out), to an HTTP/1.1 or 1.0 client, whose
        /// request allows the connection to persist or not (<paramref name="clientKeepAlive"/>).
        /// </summary>
        internal void Begin(ITransport transport, bool isHead, bool http11, bool clientKeepAlive)
        {
            _transport = transport;
            _omitBody = isHead;
            _http11 = http11;
            _clientKeepAlive = clientKeepAlive;
            for (int i = 0; i < _headerCount; i++)
            {
                _names[i] = null;
                _values[i] = null;
            }

            _headerCount = 0;
            _status = HttpStatus.OK;
            _pos = 0;
            _started = false;
            _chunked = false;
            _closeDelimited = false;
            _streaming = false;
            _ended = false;
            _failed = false;
            CloseConnection = false;
        }

        /// <summary>True when the connection can take another request after this response.</summary>
        internal bool KeepsConnection => !_failed && !(_closeDelimited && !_omitBody) && !CloseConnection && _clientKeepAlive;

        /// <summary>Completes whatever the handler left open: an empty response, or the last chunk.</summary>
        internal void Finish()
        {
            if (!_started)
            {
                BeginBody(0, null);
                Flush();
            }
            else if (_streaming && !_ended)
            {
                EndChunked();
            }
        }

        /// <summary>Sends a short plain-text response saying what went wrong; <paramref name="close"/> closes the connection after it.</summary>
        internal void WriteError(int status, string reason, bool close)
        {
            if (_started)
            {
                _failed = true;
                return;
            }

            _status = status;
            if (close) CloseConnection = true;
            string phrase = HttpStatus.ReasonPhrase(status);
            int length = Utf8.ByteCount(phrase, 0, phrase.Length) + 1;
            if (reason != null) length += 2 + Utf8.ByteCount(reason, 0, reason.Length);
            BeginBody(length, TextPlain);
            if (!_omitBody)
            {
                WriteUtf8(phrase);
                if (reason != null)
                {
                    WriteUtf8(": ");
                    WriteUtf8(reason);
                }

                WriteUtf8("\n");
            }

            Flush();
        }

        private static void CheckName(string name)
        {
            if (name == null || name.Length == 0) throw new ArgumentException("header name");
            for (int i = 0; i < name.Length; i++)
            {
                if (!HttpChars.IsTokenChar(name[i])) throw new ArgumentException("header name");
            }
        }

        private static void CheckValue(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if ((c < 0x20 && c != '\t') || c == 0x7F) throw new ArgumentException("control character in header value");
            }
        }
    }
}
