namespace Viper.Nano.Server
{
    /// <summary>
    /// One of the server's fixed connection places: its buffers are allocated once when the
    /// server starts and reused by every connection it serves. A slot holds one connection at a
    /// time; no thread belongs to it: a worker thread serves it while it speaks HTTP (or runs a
    /// blocking WebSocket handler), and the poll thread while it is parked (an event-style
    /// WebSocket, an SSE stream in a room).
    /// </summary>
    internal sealed class ConnectionSlot
    {
        internal ConnectionSlot(int index, int receiveBufferSize, int sendBufferSize)
        {
            Index = index;
            ReceiveBuffer = new byte[receiveBufferSize];
            SendBuffer = new byte[sendBufferSize];
        }

        /// <summary>Position of the slot in the server, from 0.</summary>
        public int Index { get; private set; }

        /// <summary>
        /// Incremented for every connection the slot takes, so code that remembers a slot can
        /// tell whether it still serves the same connection.
        /// </summary>
        public int Generation { get; private set; }

        /// <summary>The slot's receive buffer (ServerOptions.ReceiveBufferSize bytes).</summary>
        public byte[] ReceiveBuffer { get; private set; }

        /// <summary>The slot's send buffer (ServerOptions.SendBufferSize bytes).</summary>
        public byte[] SendBuffer { get; private set; }

        /// <summary>The current connection, or null while the slot is free.</summary>
        public ITransport Transport { get; private set; }

        /// <summary>The current client's IP address as text, or null.</summary>
        public string RemoteAddress { get; private set; }

        /// <summary>True while the slot serves a connection.</summary>
        public bool IsBusy => Transport != null;

        // Set by the connection while it waits for the next request on an idle keep-alive
        // connection: the accept thread may close such a connection to make room.
        internal bool IsIdle;

        // Set by the connection while no byte of a request has arrived yet (a new connection or
        // an idle keep-alive one): Stop may close such a connection at once, nothing is lost.
        internal bool AwaitingRequest;

        // The WebSocket or SseStream a takeover runs in this slot (null for plain HTTP), so that
        // Stop can end it the way its protocol ends: a Close 1001, or the end of the stream.
        // Still set once the worker has let go: the connection is parked, and the poll thread
        // serves it (an event-style WebSocket, an SSE stream in a room).
        internal object Session;

        // True while a worker thread serves the slot: the poll thread leaves it alone until the
        // worker has let go (it may still unwind after the handler parked the connection).
        internal bool Working;

        // True while the connection waits for a worker (every worker was busy when it came): the
        // next worker to finish serves it. It costs its transport only meanwhile.
        internal bool Waiting;

        // When the connection came (DateTime ticks), for the wait for a worker.
        internal long AssignedTicks;

        internal void Assign(ITransport transport, string remoteAddress)
        {
            Generation++;
            RemoteAddress = remoteAddress;
            IsIdle = false;
            AwaitingRequest = false;
            Session = null;
            Waiting = false;
            Working = true;
            AssignedTicks = System.DateTime.UtcNow.Ticks;
            Transport = transport;
        }

        // A new client waiting to take the slot once its idle connection has been closed.
        private ITransport _next;
        private string _nextAddress;

        // True when the slot's idle connection is being closed to make room for another client.
        internal bool HasNext => _next != null;

        internal void HandOver(ITransport next, string remoteAddress)
        {
            _next = next;
            _nextAddress = remoteAddress;
        }

        // Ends the current connection; returns the client handed over meanwhile (now the slot's
        // connection), or null when the slot is free.
        internal ITransport ReleaseOrTakeNext()
        {
            ITransport next = _next;
            string address = _nextAddress;
            _next = null;
            _nextAddress = null;
            if (next != null)
            {
                Assign(next, address);
                return next;
            }

            IsIdle = false;
            AwaitingRequest = false;
            Session = null;
            Waiting = false;
            Working = false;
            Transport = null;
            RemoteAddress = null;
            return null;
        }
    }
}
