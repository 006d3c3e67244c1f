using System.Threading;

namespace Viper.Nano.Server
{
    /// <summary>
    /// One of the server's fixed connection places: its buffers are allocated once when the
    /// server starts and reused by every connection it serves, and its thread is created once and
    /// waits here between connections. A slot serves one connection at a time.
    /// </summary>
    internal sealed class ConnectionSlot
    {
        internal ConnectionSlot(int index, int receiveBufferSize, int sendBufferSize)
        {
            Index = index;
            ReceiveBuffer = new byte[receiveBufferSize];
            SendBuffer = new byte[sendBufferSize];
            Wake = new AutoResetEvent(false);
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
        internal object Session;

        internal AutoResetEvent Wake { get; private set; }

        internal Thread Thread;

        internal HttpConnection Connection;

        internal void Assign(ITransport transport, string remoteAddress)
        {
            Generation++;
            RemoteAddress = remoteAddress;
            IsIdle = false;
            AwaitingRequest = false;
            Session = null;
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
            Transport = null;
            RemoteAddress = null;
            return null;
        }
    }
}
