using System;
using System.Threading;
using Viper.Nano.Http;

namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// The state machine of one connection (RFC 6455 sections 4 and 7) and its send side. Every
    /// state change that sends something, and every frame, happens under one send lock, so a
    /// Close cannot overtake a half-written message and frames from several threads never
    /// interleave. Writes fail quietly (false) and a failed write closes the connection.
    /// </summary>
    internal sealed class WebSocketConnection
    {
        private const long TicksPerMs = 10000;

        private readonly ITransport _transport;
        private readonly FrameWriter _writer;
        private readonly int _closeTimeoutMs;
        private WebSocketState _state = WebSocketState.Connecting;
        private int _closeCode;
        private string _closeReason = "";

        internal WebSocketConnection(ITransport transport, byte[] sendBuffer, int closeTimeoutMs, Outbox outbox)
        {
            _transport = transport;
            _writer = new FrameWriter(transport, sendBuffer);
            _writer.Outbox = outbox;
            Outbox = outbox;
            _closeTimeoutMs = closeTimeoutMs;
        }

        /// <summary>
        /// The connection's outbox once it may join rooms: frames from other threads (broadcasts)
        /// are written through it, so the send lock also takes its write right.
        /// </summary>
        internal readonly Outbox Outbox;

        // The send lock orders this connection's own state changes and frames; the outbox's
        // write right (taken inside it) keeps broadcasts, which never take the lock, out of
        // the middle of a frame.
        private void Lock()
        {
            Monitor.Enter(_writer); // the send lock: the writer is private to this connection
            if (Outbox != null) Outbox.BeginWrite();
        }

        private void Unlock()
        {
            if (Outbox != null) Outbox.EndWrite();
            Monitor.Exit(_writer);
        }

        /// <summary>
        /// Ends the connection from another thread without waiting for the send lock (a room
        /// dropping a member that cannot keep up): sends Close(<paramref name="code"/>) only if
        /// the socket can take it at once, then closes TCP; the handler's Receive reports the code.
        /// </summary>
        internal void Evict(int code)
        {
            SetCause(code, string.Empty);
            if (Outbox != null && _transport.CanSend())
            {
                byte[] close = new byte[4];
                FrameEncoder.WriteHeader(close, 0, true, Opcode.Close, 2);
                close[2] = (byte)(code >> 8);
                close[3] = (byte)code;
                Outbox.TrySendNow(close, 0, 4);
            }

            _transport.Close();
        }

        internal WebSocketState State
        {
            get { return _state; }
        }

        /// <summary>When a CloseSent connection stops waiting for the peer's Close (DateTime ticks).</summary>
        internal long CloseDeadline;

        /// <summary>Why the connection ended (see WebSocketMessage.CloseCode); 0 while it has not.</summary>
        internal int CloseCode
        {
            get { return _closeCode; }
        }

        internal string CloseReason
        {
            get { return _closeReason; }
        }

        /// <summary>Writes the 101 answer and opens the connection; false (and Closed) when that write fails.</summary>
        internal bool Open(IUpgradeRequest request, string subprotocol)
        {
            Lock();
            try
            {
                RequireConnecting();
                byte[] buffer = _writer.Buffer;
                int length = WebSocketHandshake.WriteAcceptResponse(buffer, 0, request.GetHeader("Sec-WebSocket-Key"), subprotocol);
                if (!_writer.WriteRaw(buffer, 0, length))
                {
                    DropLocked(CloseStatus.AbnormalClosure);
                    return false;
                }

                _state = WebSocketState.Open;
                return true;
            }
            finally
            {
                Unlock();
            }
        }

        /// <summary>Answers the upgrade with an HTTP error and closes.</summary>
        internal void Refuse(int httpStatus)
        {
            Lock();
            try
            {
                RequireConnecting();
                byte[] buffer = _writer.Buffer;
                _writer.WriteRaw(buffer, 0, WebSocketHandshake.WriteRejectResponse(buffer, 0, httpStatus));
                DropLocked(CloseStatus.AbnormalClosure);
            }
            finally
            {
                Unlock();
            }
        }

        private void RequireConnecting()
        {
            if (_state != WebSocketState.Connecting) throw new InvalidOperationException("the upgrade was already answered");
        }

        internal bool SendText(string text)
        {
            Lock();
            try
            {
                return _state == WebSocketState.Open && Sent(_writer.WriteText(text));
            }
            finally
            {
                Unlock();
            }
        }

        internal bool SendFrame(int opcode, byte[] payload, int offset, int count)
        {
            Lock();
            try
            {
                return _state == WebSocketState.Open && Sent(_writer.WriteFrame(opcode, payload, offset, count));
            }
            finally
            {
                Unlock();
            }
        }

        internal bool SendRaw(byte[] frames, int offset, int count)
        {
            Lock();
            try
            {
                return _state == WebSocketState.Open && Sent(_writer.WriteRaw(frames, offset, count));
            }
            finally
            {
                Unlock();
            }
        }

        // A failed write may leave a partial frame on the wire: the connection is unusable.
        private bool Sent(bool ok)
        {
            if (!ok) DropLocked(CloseStatus.AbnormalClosure);
            return ok;
        }

        /// <summary>
        /// Sends Close once, from Open, and starts waiting for the peer's Close (section 7.1.2).
        /// Failing the connection (section 7.1.7) goes through here too.
        /// </summary>
        internal void StartClose(int code, string reason)
        {
            Lock();
            try
            {
                if (_state != WebSocketState.Open) return;
                SetCause(code, reason);
                _state = WebSocketState.CloseSent;
                CloseDeadline = DateTime.UtcNow.Ticks + _closeTimeoutMs * TicksPerMs;
                Sent(_writer.WriteClose(code, reason));
            }
            finally
            {
                Unlock();
            }
        }

        /// <summary>
        /// The peer's Close arrived. From Open, answer it (section 5.5.1) with
        /// <paramref name="answerCode"/> (0: an empty Close); then, as the server, close TCP
        /// first (section 7.1.1). <paramref name="cause"/> is what the handler will be told.
        /// </summary>
        internal void FinishClose(int cause, string reason, int answerCode)
        {
            Lock();
            try
            {
                if (_state == WebSocketState.Open)
                {
                    _state = WebSocketState.CloseReceived;
                    SetCause(cause, reason);
                    _writer.WriteClose(answerCode, null);
                }

                DropLocked(CloseStatus.AbnormalClosure);
            }
            finally
            {
                Unlock();
            }
        }

        /// <summary>Closes the transport now; <paramref name="code"/> is the cause unless one is known.</summary>
        internal void Drop(int code)
        {
            Lock();
            try
            {
                DropLocked(code);
            }
            finally
            {
                Unlock();
            }
        }

        private void DropLocked(int code)
        {
            SetCause(code, string.Empty);
            _state = WebSocketState.Closed;
            _transport.Close();
        }

        // The first reason the connection ended is the one reported.
        private void SetCause(int code, string reason)
        {
            if (_closeCode != 0) return;
            _closeCode = code;
            _closeReason = reason == null ? string.Empty : reason;
        }
    }
}
