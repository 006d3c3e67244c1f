using System;
using Viper.Nano.Text;

namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// The receive loop of one connection: reads the transport into the slot's receive buffer,
    /// runs the <see cref="MessageReader"/>, answers Pings, completes or fails the closing
    /// handshake, and pings a quiet peer (<see cref="Keepalive"/>). Only one thread runs it at
    /// a time (WebSocket holds its read lock).
    /// </summary>
    internal sealed class WebSocketReceiver
    {
        private const long TicksPerMs = 10000;

        // Longest single wait on the transport, so that a Close started by another thread is
        // noticed within a second even while the keepalive has nothing due for longer.
        private const int MaxWaitSliceMs = 1000;

        private readonly ITransport _transport;
        private readonly byte[] _buffer;
        private readonly WebSocketConnection _connection;
        private readonly MessageReader _reader;
        private readonly Keepalive _keepalive;
        private readonly int _pumpMs;
        private readonly int _slowCloseCode;
        private readonly Deadlines _deadlines;
        private readonly WebSocketMessage _message = new WebSocketMessage();
        private bool _discarding;

        // Bytes arrived since the keepalive was last told: it is told at the next ReadMore, with
        // the clock read there (one clock read per read, about 0.5 us each on nanoCLR). So a
        // Ping can only go out later than it would have, never earlier.
        private bool _heardPending;

        /// <summary>The connection manager the socket is a member of, whose queued broadcasts are flushed before a wait; or null.</summary>
        internal IConnectionManager Manager;

        internal WebSocketReceiver(ITransport transport, byte[] receiveBuffer, WebSocketConnection connection,
            ServerOptions options, int pendingOffset, int pendingCount)
        {
            _transport = transport;
            _buffer = receiveBuffer;
            _connection = connection;
            _reader = new MessageReader(receiveBuffer, options.MaxMessageSize, pendingOffset, pendingCount);
            _keepalive = new Keepalive(options.PingIntervalMs, options.PongTimeoutMs);
            _pumpMs = options.PumpIntervalMs < 1 ? 1 : options.PumpIntervalMs;
            _slowCloseCode = options.SlowMemberCloseCode;
            _deadlines = new Deadlines(options.FrameTimeoutMs, options.MessageTimeoutMs);
        }

        /// <summary>The connection just opened: the keepalive counts from now.</summary>
        internal void Started()
        {
            _keepalive.Heard(DateTime.UtcNow.Ticks);
        }

        /// <summary>
        /// Runs the protocol until a message for the handler, or the end of the connection. With
        /// <paramref name="report"/> false (a Close waiting for the peer) the handler's message
        /// object is left as it was. With <paramref name="wait"/> false (the server's poll
        /// thread) it never waits for input: null when what has arrived makes no message yet.
        /// </summary>
        internal WebSocketMessage Next(bool report, bool wait)
        {
            while (true)
            {
                WebSocketState state = _connection.State;
                if (state == WebSocketState.Closed)
                {
                    if (report) _message.SetClose(_connection.CloseCode, _connection.CloseReason);
                    return _message;
                }

                if (state != WebSocketState.Open && !_discarding)
                {
                    // Closing: only the peer's Close matters now (section 7.1.7).
                    _discarding = true;
                    _reader.BeginDiscarding();
                }

                // With nothing buffered Process could only answer NeedMore: skip the call.
                switch (_reader.HasUnread ? _reader.Process() : MessageReader.NeedMore)
                {
                    case MessageReader.Message:
                        if (state != WebSocketState.Open) break; // arrived while closing: dropped
                        MessageType type = _reader.MessageOpcode == Opcode.Text ? MessageType.Text : MessageType.Bytes;
                        _message.SetData(type, _buffer, _reader.MessageOffset, _reader.MessageCount);
                        return _message;
                    case MessageReader.Control:
                        OnControl();
                        break;
                    case MessageReader.Fail:
                        _connection.StartClose(_reader.FailCode, null);
                        break;
                    default:
                        if (!ReadMore(wait, state == WebSocketState.Open) && _connection.State != WebSocketState.Closed) return null;
                        break;
                }
            }
        }

        private void OnControl()
        {
            int opcode = _reader.ControlOpcode;
            if (opcode == Opcode.Ping)
            {
                // Section 5.5.2: a Pong with the same payload, built in place in front of it.
                int length = _reader.ControlLength;
                byte[] frame = _reader.ControlFrame;
                FrameEncoder.WriteHeader(frame, 0, true, Opcode.Pong, length);
                _connection.SendRaw(frame, 0, MessageReader.ControlPayloadOffset + length);
            }
            else if (opcode == Opcode.Close)
            {
                OnPeerClose();
            }
        }

        private void OnPeerClose()
        {
            if (_connection.State != WebSocketState.Open)
            {
                // The answer to our Close: the handshake is complete.
                _connection.FinishClose(0, null, 0);
                return;
            }

            int invalid = _reader.CheckClosePayload();
            if (invalid != 0)
            {
                _connection.FinishClose(invalid, null, invalid);
                return;
            }

            int code = _reader.ReceivedCloseCode;
            int reasonLength = _reader.ControlLength - 2;
            string reason = reasonLength > 0
                ? Utf8.Encoding.GetString(_reader.ControlFrame, MessageReader.ControlPayloadOffset + 2, reasonLength)
                : "";

            // Echo the code (section 5.5.1); a Close without a code gets an empty Close back.
            _connection.FinishClose(code, reason, code == CloseStatus.NoStatusReceived ? 0 : code);
        }

        // False when nothing was read and wait is false (the caller comes back later). open: the
        // state Next read at the top of this turn (one property call per turn, not four).
        private bool ReadMore(bool wait, bool open)
        {
            long now = DateTime.UtcNow.Ticks;
            if (_heardPending)
            {
                _heardPending = false;
                _keepalive.Heard(now);
            }

            if (!open)
            {
                // Section 7.1.1: the wait for the peer's Close is bounded even while it keeps
                // sending data (which is discarded), not only while it is silent.
                if (now >= _connection.CloseDeadline)
                {
                    _connection.Drop(CloseStatus.AbnormalClosure);
                    return true;
                }
            }
            else if ((_reader.UnderWay || _deadlines.Running)
                && _deadlines.Missed(_reader.FrameInProgress, _reader.MessageInProgress, now))
            {
                // A frame or message started and not finished in time: a client trickling bytes
                // keeps the line busy (so the keepalive never fires) and would hold the slot.
                // (With nothing under way and no deadline running, Missed would only clear.)
                _connection.StartClose(CloseStatus.PolicyViolation, null);
                return true;
            }

            int at = _reader.PrepareReadOffset();
            int space = _buffer.Length - at;
            if (space <= 0)
            {
                // MessageReader.Capacity rules this out; never spin on a full buffer.
                _connection.StartClose(CloseStatus.MessageTooBig, null);
                _connection.Drop(CloseStatus.MessageTooBig);
                return true;
            }

            int read;
            IConnectionManager manager = Manager;
            if (manager != null && manager.HasQueued)
            {
                // Broadcasts queued by this handler (a relay) leave together once everything
                // that had arrived is read, just before waiting for more.
                read = _transport.Receive(_buffer, at, space, 0);
                if (read == TransportResult.TimedOut)
                {
                    manager.Flush();
                    // The flush may have evicted this member: look at the state again.
                    if (wait) read = _transport.Receive(_buffer, at, space, WaitMs(now, _connection.State == WebSocketState.Open));
                }
            }
            else
            {
                // The wait has 1-ms resolution: the clock read above is recent enough.
                read = _transport.Receive(_buffer, at, space, wait ? WaitMs(now, open) : 0);
            }

            Outbox outbox = _connection.Outbox;
            if (outbox != null && outbox.QueuedFrames > 0) PumpOutbox(outbox);
            if (read > 0)
            {
                _reader.Filled(read);
                _heardPending = true;
            }
            else if (read == TransportResult.Closed)
            {
                _connection.Drop(CloseStatus.AbnormalClosure);
            }
            else
            {
                // After a wait: the clock has moved.
                OnIdle(DateTime.UtcNow.Ticks);
                return wait;
            }

            return true;
        }

        private int WaitMs(long now, bool open)
        {
            long next = open ? (_deadlines.Running ? _deadlines.Earliest(_keepalive.NextDeadline) : _keepalive.NextDeadline) : _connection.CloseDeadline;
            long ms = (next - now) / TicksPerMs;
            if (ms < 1) return 1;
            // A room member wakes often enough to let out broadcasts its socket could not take.
            int slice = _connection.Outbox != null && _connection.Outbox.QueuedFrames > 0 ? _pumpMs : MaxWaitSliceMs;
            return ms > slice ? slice : (int)ms;
        }

        // Broadcasts queued while the socket was full go out now; a queue that has not moved
        // for SlowMemberTimeoutMs ends the connection with the configured close code.
        private void PumpOutbox(Outbox outbox)
        {
            if (outbox.Pump() == Outbox.Overflow)
            {
                outbox.Abandon();
                _connection.Evict(_slowCloseCode);
            }
        }

        private void OnIdle(long now)
        {
            if (_connection.State != WebSocketState.Open)
            {
                // Section 7.1.1: the peer had its chance to answer our Close.
                if (now >= _connection.CloseDeadline) _connection.Drop(CloseStatus.AbnormalClosure);
                return;
            }

            int action = _keepalive.Check(now);
            if (action == Keepalive.Dead)
            {
                _connection.Drop(CloseStatus.AbnormalClosure);
            }
            else if (action == Keepalive.SendPing)
            {
                _keepalive.PingSent(now);
                _connection.SendFrame(Opcode.Ping, _buffer, 0, 0);
            }
        }
    }
}
