using System;
using System.Threading;
using Viper.Nano.Http;

namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// One WebSocket connection as a route handler sees it (the guide's ws object): answer the
    /// upgrade, receive messages, send, close.
    /// Threads: one thread at a time calls <see cref="Receive"/> (the handler); any thread may
    /// send. All frames go through one send lock, so frames from the handler and from broadcasts
    /// never interleave.
    /// Failures are values: send methods return false when the connection cannot send (it is
    /// closing or closed, or the write failed, which closes it: <see cref="State"/> is then
    /// Closed), and Receive returns a Close message when the connection ends for any reason.
    /// Exceptions are for misuse only (Receive before Accept, an invalid close code, a
    /// subprotocol the client did not offer).
    /// </summary>
    public sealed partial class WebSocket
    {
        private readonly IUpgradeRequest _request;
        private readonly ServerOptions _options;
        private readonly string[] _routeProtocols;
        private readonly byte[] _receiveBuffer;
        private readonly WebSocketConnection _connection;
        private readonly WebSocketReceiver _receiver;
        private readonly Outbox _outbox;
        private string _subprotocol;

        /// <summary>
        /// Wraps an upgrade request that arrived on <paramref name="transport"/>. The buffers are
        /// the connection slot's (the send buffer needs at least 127 bytes; messages are
        /// assembled in the receive buffer, see ServerOptions.MaxMessageSize).
        /// <paramref name="pendingCount"/> bytes that followed the request head already wait in
        /// <paramref name="receiveBuffer"/> at <paramref name="pendingOffset"/>.
        /// <paramref name="routeProtocols"/> are the route's subprotocols in order of preference
        /// (null for none).
        /// </summary>
        internal WebSocket(ITransport transport, byte[] receiveBuffer, byte[] sendBuffer, ServerOptions options,
            IUpgradeRequest request, string[] routeProtocols, int pendingOffset, int pendingCount)
        {
            _request = request;
            _options = options;
            _routeProtocols = routeProtocols;
            _receiveBuffer = receiveBuffer;
            _outbox = new Outbox(transport, options.BroadcastPoolFrames, options.MemberQueueBytes, options.SlowMemberTimeoutMs);
            _connection = new WebSocketConnection(transport, sendBuffer, options.CloseTimeoutMs, _outbox);
            _receiver = new WebSocketReceiver(transport, receiveBuffer, _connection, options, pendingOffset, pendingCount);
        }

        /// <summary>A number the server gives the connection (logs, rooms).</summary>
        internal int Id { get; set; }

        /// <summary>The upgrade request: path, query and headers.</summary>
        internal IUpgradeRequest Request
        {
            get { return _request; }
        }

        /// <summary>The request path, e.g. "/ws/echo".</summary>
        public string Path
        {
            get { return _request.Path; }
        }

        /// <summary>The subprotocol agreed by Accept, or null.</summary>
        public string Subprotocol
        {
            get { return _subprotocol; }
        }

        /// <summary>Where the connection is in its life.</summary>
        public WebSocketState State
        {
            get { return _connection.State; }
        }

        /// <summary>
        /// Completes the upgrade with 101, choosing the first of the route's subprotocols that
        /// the client offered (none in common: no Sec-WebSocket-Protocol header, section 4.2.2).
        /// A <c>bearer.TOKEN</c> entry is never chosen. So a client that offered only the token
        /// gets no protocol header: RFC 6455 allows it (.NET's and Python's clients go on), but
        /// browsers and Node's ws fail a connection whose answer names none of the protocols they
        /// offered; such clients offer a real protocol of the route next to the token, e.g.
        /// <c>new WebSocket(url, ["viper", "bearer." + token])</c> for a route listing "viper".
        /// Returns false when the request is not a valid upgrade (the refusal, 400, 403, 405 or
        /// 426, has then been sent and the connection is Closed) or the answer could not be sent.
        /// </summary>
        public bool Accept()
        {
            return AcceptWith(WebSocketHandshake.SelectSubprotocol(OfferedProtocols, _routeProtocols));
        }

        /// <summary>
        /// Completes the upgrade with an explicit subprotocol (null for none). Throws
        /// ArgumentException, before anything is sent, when the client did not offer it (the
        /// client would have to fail the connection, RFC 6455 section 4.1), or when it is a
        /// <c>bearer.TOKEN</c> entry, which carries a secret and is never echoed.
        /// </summary>
        public bool Accept(string subprotocol)
        {
            if (WebSocketHandshake.IsTokenCarrier(subprotocol))
            {
                // No token in the message either: exceptions end up in logs.
                throw new ArgumentException("a bearer token sub-protocol is never chosen");
            }

            if (subprotocol != null && !WebSocketHandshake.IsOffered(OfferedProtocols, subprotocol))
            {
                throw new ArgumentException("the client did not offer subprotocol " + subprotocol);
            }

            return AcceptWith(subprotocol);
        }

        private string OfferedProtocols
        {
            get { return _request.GetHeader("Sec-WebSocket-Protocol"); }
        }

        private bool AcceptWith(string subprotocol)
        {
            int status = WebSocketHandshake.Validate(_request, _options);
            if (status != 0)
            {
                _connection.Refuse(status);
                return false;
            }

            if (!_connection.Open(_request, subprotocol)) return false;
            _subprotocol = subprotocol;
            _receiver.Started();
            return true;
        }

        /// <summary>Refuses the upgrade with an HTTP status (for example 403) and closes the connection.</summary>
        public void Reject(int httpStatus)
        {
            _connection.Refuse(httpStatus);
        }

        /// <summary>
        /// Waits for the next message and returns it: always the same object, valid until the
        /// next call (see <see cref="WebSocketMessage"/>). Meanwhile Pings are answered, the
        /// closing handshake is completed, protocol errors close the connection (1002, 1007,
        /// 1009), and a quiet peer is pinged (ServerOptions.PingIntervalMs). When the connection
        /// ends, for whatever reason, a Close message is returned (1006 when the peer vanished),
        /// and again on every later call.
        /// </summary>
        public WebSocketMessage Receive()
        {
            if (_connection.State == WebSocketState.Connecting) throw new InvalidOperationException("Accept the upgrade before Receive");
            Monitor.Enter(_receiver); // the read lock: the receiver is private to this socket, so no object of its own
            try
            {
                _receiver.Manager = Manager;
                WebSocketMessage message = _receiver.Next(true, true);
                if (Stats != null && message.Type != MessageType.Close) Stats.MessageReceived(message.Count);
                return message;
            }
            finally
            {
                Monitor.Exit(_receiver);
            }
        }

        /// <summary>The server's counters, when the server runs this socket.</summary>
        internal ServerStats Stats;

        /// <summary>Sends a text message, encoded to UTF-8 piece by piece in the send buffer. False when the connection cannot send.</summary>
        public bool SendText(string text)
        {
            if (text == null) throw new ArgumentNullException("text");
            return _connection.SendText(text);
        }

        /// <summary>Sends bytes as a text message without copying them; the caller vouches they are UTF-8.</summary>
        public bool SendText(byte[] utf8, int offset, int count)
        {
            return _connection.SendFrame(Opcode.Text, utf8, offset, count);
        }

        /// <summary>Sends a binary message.</summary>
        public bool SendBytes(byte[] data)
        {
            return _connection.SendFrame(Opcode.Binary, data, 0, data.Length);
        }

        /// <summary>Sends part of an array as a binary message, without copying it first.</summary>
        public bool SendBytes(byte[] data, int offset, int count)
        {
            return _connection.SendFrame(Opcode.Binary, data, offset, count);
        }

        /// <summary>Sends the JSON form of <paramref name="value"/> (nanoFramework.Json) as a text message.</summary>
        public bool SendJson(object value)
        {
            return SendText(nanoFramework.Json.JsonConvert.SerializeObject(value));
        }

        /// <summary>Sends an empty Ping; the Pong is absorbed by Receive.</summary>
        public bool Ping()
        {
            return _connection.SendFrame(Opcode.Ping, _receiveBuffer, 0, 0);
        }

        /// <summary>
        /// Writes bytes that already are whole server frames, atomically with respect to every
        /// other send: a room encodes a broadcast once and hands the same bytes to each member.
        /// False when the connection cannot send.
        /// </summary>
        internal bool SendFrame(byte[] frame, int offset, int count)
        {
            return _connection.SendRaw(frame, offset, count);
        }

        /// <summary>Closes with 1000 (Normal Closure); see <see cref="Close(int, string)"/>.</summary>
        public void Close()
        {
            Close(CloseStatus.NormalClosure, null);
        }

        /// <summary>
        /// Starts the closing handshake (section 7.1.2) and waits, at most
        /// ServerOptions.CloseTimeoutMs, for the peer's Close before closing TCP; messages that
        /// arrive meanwhile are dropped. From another thread while the handler is in Receive, it
        /// waits until that Receive has completed the handshake. Nothing is sent when the
        /// connection is already closing; before Accept the connection is just closed.
        /// Throws ArgumentException for a code that may not be sent (CloseStatus.IsValidOnWire).
        /// </summary>
        public void Close(int code, string reason)
        {
            if (!CloseStatus.IsValidOnWire(code)) throw new ArgumentException("close code " + code + " cannot be sent");
            if (_connection.State == WebSocketState.Connecting)
            {
                _connection.Drop(CloseStatus.AbnormalClosure);
                return;
            }

            _connection.StartClose(code, reason);
            // Event style: the poll thread completes the closing handshake; nobody waits here.
            if (OnMessage != null) return;
            Monitor.Enter(_receiver);
            try
            {
                _receiver.Next(false, true);
            }
            finally
            {
                Monitor.Exit(_receiver);
            }
        }

        /// <summary>Closes the TCP connection at once, without a closing handshake (Receive then reports 1006).</summary>
        public void Abort()
        {
            _connection.Drop(CloseStatus.AbnormalClosure);
        }
    }
}
