using System;
using Viper.Nano.Text;

namespace Viper.Nano.Sse
{
    /// <summary>
    /// One Server-Sent Events connection: the handler of an <c>[SseRoute]</c> gets it with the
    /// response head already sent, sends events itself or joins rooms with
    /// <see cref="Join"/>, and returns. While the stream is in a room, the server then keeps it
    /// open: comment heartbeats every <see cref="ServerOptions.SseHeartbeatMs"/> keep proxies
    /// from timing it out and reveal a vanished client, whose slot is then freed.
    /// Events are written whole through the connection's <see cref="Outbox"/>, so they never
    /// interleave with broadcasts.
    /// </summary>
    public class SseStream : IRoomMember
    {
        // The stream's length is unknown, so the response ends when the connection closes
        // (RFC 9112 section 6.3, rule 8); no-cache because every event is new.
        private const string Head =
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n" +
            "Connection: close\r\nX-Accel-Buffering: no\r\n";

        private readonly ITransport transport;
        private readonly byte[] buffer;
        private readonly ServerOptions options;
        private readonly object sendLock = new object();

        // Set by End (the server is stopping): no more events, and HoldOpen lets the stream go.
        private bool ending;

        /// <summary>
        /// A stream over <paramref name="transport"/> in connection slot <paramref name="slot"/>.
        /// <paramref name="buffer"/> is the slot's send buffer; <paramref name="lastEventId"/> is
        /// the client's Last-Event-ID header as a number, or -1.
        /// </summary>
        internal SseStream(ITransport transport, int slot, byte[] buffer, ServerOptions options, long lastEventId, string path)
        {
            this.transport = transport;
            this.buffer = buffer;
            this.options = options;
            Slot = slot;
            LastEventId = lastEventId;
            Path = path;
            Outbox = new Outbox(transport, options.BroadcastPoolFrames, options.MemberQueueBytes, options.SlowMemberTimeoutMs);
        }

        /// <summary>The request path.</summary>
        public string Path { get; }

        /// <summary>The id of the last event the client saw before reconnecting (its Last-Event-ID), or -1.</summary>
        public long LastEventId { get; }

        /// <summary>The connection slot.</summary>
        internal int Slot { get; }

        int IRoomMember.Slot => Slot;

        int IRoomMember.Kind => MemberKind.Sse;

        Outbox IRoomMember.Outbox => Outbox;

        IConnectionManager IRoomMember.Manager
        {
            get { return Manager; }
            set { Manager = value; }
        }

        bool IRoomMember.EnsureOpen() => IsOpen;

        void IRoomMember.Evict(int closeCode) => Evict(closeCode);

        /// <summary>The way out of the connection.</summary>
        internal Outbox Outbox { get; }

        /// <summary>The manager this stream is registered with, if any.</summary>
        internal IConnectionManager Manager { get; set; }

        /// <summary>False once the client is gone or the stream was closed.</summary>
        public bool IsOpen => transport.IsOpen && !Outbox.IsDead && !ending;

        /// <summary>
        /// Sends the response head, any extra header lines (each ending in CRLF, may be null),
        /// and the client's reconnection delay (<see cref="ServerOptions.SseRetryMs"/>). With
        /// <paramref name="headOnly"/> (a HEAD request) only the head goes out: RFC 9110 9.3.2
        /// forbids content in a response to HEAD.
        /// </summary>
        internal bool Start(string extraHeaders, bool headOnly)
        {
            lock (sendLock)
            {
                int p = Ascii(Head, 0);
                if (extraHeaders != null) p += Ascii(extraHeaders, p);
                p += Ascii("\r\n", p);
                if (headOnly) return Outbox.Send(buffer, 0, p);
                int n = SseEncoder.WriteRetry(buffer, p, buffer.Length - p, options.SseRetryMs);
                return n > 0 && Outbox.Send(buffer, 0, p + n);
            }
        }

        /// <summary>Sends an unnamed event (a "message" event in the browser's EventSource).</summary>
        public bool Send(string data)
        {
            return Send(null, data);
        }

        /// <summary>
        /// Sends an event named <paramref name="eventName"/> (null for "message"); multi-line
        /// data becomes several data: lines. The event and its data must fit half the send buffer.
        /// </summary>
        public bool Send(string eventName, string data)
        {
            lock (sendLock)
            {
                if (ending) return false;
                int half = buffer.Length / 2;
                int dataLength = Utf8.EncodeWithin(data, buffer, half, buffer.Length - half);
                if (dataLength < 0) throw new ArgumentOutOfRangeException("data", "SSE event larger than half of ServerOptions.SendBufferSize");
                int n = SseEncoder.WriteEvent(buffer, 0, half, eventName, -1, buffer, half, dataLength);
                if (n == SseEncoder.InvalidField) throw new ArgumentException("An SSE event name cannot hold CR, LF or NUL", "eventName");
                if (n < 0) throw new ArgumentOutOfRangeException("data", "SSE event larger than half of ServerOptions.SendBufferSize");
                return Outbox.Send(buffer, 0, n);
            }
        }

        /// <summary>Sends a comment line, which clients ignore (a heartbeat).</summary>
        public bool SendComment(string text)
        {
            lock (sendLock)
            {
                if (ending) return false;
                int n = SseEncoder.WriteComment(buffer, 0, buffer.Length, text);
                if (n < 0) throw new ArgumentException("Comment too long or holding a line break", "text");
                return Outbox.Send(buffer, 0, n);
            }
        }

        /// <summary>Ends the stream.</summary>
        public void Close()
        {
            transport.Close();
        }

        /// <summary>
        /// Ends the stream from another thread (the server is stopping): later sends return false
        /// and <see cref="IsOpen"/> turns false, so a handler's event loop stops after its current
        /// event; a stream held open in a room lets its queued events out and closes within
        /// ServerOptions.PumpIntervalMs. The response is close-delimited (RFC 9112 section 6.3),
        /// so the client sees a complete stream, never a half event.
        /// </summary>
        public void End()
        {
            ending = true;
        }

        /// <summary>Closes the connection (an event stream has no close code to send).</summary>
        internal void Evict(int closeCode)
        {
            transport.Close();
        }

        /// <summary>
        /// Keeps the stream open on the calling thread while it is in a room: reads (and drops)
        /// what the client sends, writes queued broadcasts, sends heartbeats; returns when the
        /// client goes or the stream leaves the manager, and closes it. The server does the same
        /// without a thread (<see cref="Poll"/> from its poll thread).
        /// </summary>
        internal void HoldOpen(byte[] receiveBuffer)
        {
            while (Poll(receiveBuffer, options.PumpIntervalMs))
            {
            }

            Finish();
        }

        private long nextHeartbeat;

        /// <summary>
        /// One round of <see cref="HoldOpen"/>: waits at most <paramref name="waitMs"/> for input
        /// (0: none), pumps the outbox, sends a heartbeat when due. False when the stream is done.
        /// </summary>
        internal bool Poll(byte[] receiveBuffer, int waitMs)
        {
            if (!IsOpen || Manager == null) return false;
            long now = DateTime.UtcNow.Ticks;
            if (nextHeartbeat == 0) nextHeartbeat = now + (long)options.SseHeartbeatMs * TimeSpan.TicksPerMillisecond;
            int n = transport.Receive(receiveBuffer, 0, receiveBuffer.Length, waitMs);
            if (n == TransportResult.Closed) return false;
            if (Outbox.Pump() == Outbox.Overflow) return false;
            if (options.SseHeartbeatMs > 0 && DateTime.UtcNow.Ticks >= nextHeartbeat)
            {
                if (!SendComment(null)) return false;
                nextHeartbeat = DateTime.UtcNow.Ticks + (long)options.SseHeartbeatMs * TimeSpan.TicksPerMillisecond;
            }

            return true;
        }

        /// <summary>Leaves the manager, lets out what an ending stream still holds, releases queued broadcasts and closes the connection.</summary>
        internal void Finish()
        {
            IConnectionManager m = Manager;
            if (m != null) m.Disconnect(this);
            if (ending) Outbox.Pump();
            Outbox.Abandon();
            transport.Close();
        }

        private int Ascii(string text, int offset)
        {
            for (int i = 0; i < text.Length; i++) buffer[offset + i] = (byte)text[i];
            return text.Length;
        }
    }
}
