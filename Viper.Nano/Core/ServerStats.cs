using System.Threading;

namespace Viper.Nano
{
    /// <summary>
    /// Connection and request counters of a running server, updated with <see cref="Interlocked"/>
    /// from every connection thread. Each figure is exact on its own, not a snapshot of all of
    /// them together. They are properties, so nanoFramework.Json serializes the object as it is
    /// (<c>response.WriteJson(server.Stats)</c>).
    /// </summary>
    public sealed class ServerStats
    {
        private int _connectionsCurrent;
        private int _connectionsAccepted;
        private int _connectionsRefused;
        private int _connectionsReclaimed;
        private int _requests;
        private int _responses1xx;
        private int _responses2xx;
        private int _responses3xx;
        private int _responses4xx;
        private int _responses5xx;
        private int _handlerErrors;
        private int _timeouts;
        private int _messagesReceived;
        private int _bytesReceived;
        private int _rateLimited;
        private int _authFailures;

        /// <summary>Connections holding a slot right now.</summary>
        public int ConnectionsCurrent => _connectionsCurrent;

        /// <summary>Connections given a slot since start.</summary>
        public int ConnectionsAccepted => _connectionsAccepted;

        /// <summary>Connections answered 503 because every slot was busy.</summary>
        public int ConnectionsRefused => _connectionsRefused;

        /// <summary>Idle keep-alive connections closed to make room for a new client.</summary>
        public int ConnectionsReclaimed => _connectionsReclaimed;

        /// <summary>Requests whose head was parsed.</summary>
        public int Requests => _requests;

        /// <summary>Informational responses (100 Continue).</summary>
        public int Responses1xx => _responses1xx;

        /// <summary>Successful responses.</summary>
        public int Responses2xx => _responses2xx;

        /// <summary>Redirects.</summary>
        public int Responses3xx => _responses3xx;

        /// <summary>Client errors (malformed requests and timeouts included).</summary>
        public int Responses4xx => _responses4xx;

        /// <summary>Server errors (503 refusals included).</summary>
        public int Responses5xx => _responses5xx;

        /// <summary>Handlers (and takeover hooks) that threw.</summary>
        public int HandlerErrors => _handlerErrors;

        /// <summary>Connections closed because a head or body did not arrive in time.</summary>
        public int Timeouts => _timeouts;

        /// <summary>WebSocket data messages received.</summary>
        public int MessagesReceived => _messagesReceived;

        /// <summary>WebSocket data message bytes received.</summary>
        public int BytesReceived => _bytesReceived;

        /// <summary>Requests refused by the per-address rate limit (429).</summary>
        public int RateLimited => _rateLimited;

        /// <summary>Requests refused for missing or wrong credentials (401/403).</summary>
        public int AuthFailures => _authFailures;

        /// <summary>Counts one received WebSocket message of <paramref name="bytes"/> bytes.</summary>
        public void MessageReceived(int bytes)
        {
            Interlocked.Increment(ref _messagesReceived);
            // nanoFramework's Interlocked has no Add: compare-and-swap until it sticks.
            int seen;
            do
            {
                seen = _bytesReceived;
            }
            while (Interlocked.CompareExchange(ref _bytesReceived, seen + bytes, seen) != seen);
        }

        internal void CountRateLimited()
        {
            Interlocked.Increment(ref _rateLimited);
        }

        internal void CountAuthFailure()
        {
            Interlocked.Increment(ref _authFailures);
        }

        /// <summary>Counts one response by its status class.</summary>
        public void CountResponse(int status)
        {
            if (status < 200) Interlocked.Increment(ref _responses1xx);
            else if (status < 300) Interlocked.Increment(ref _responses2xx);
            else if (status < 400) Interlocked.Increment(ref _responses3xx);
            else if (status < 500) Interlocked.Increment(ref _responses4xx);
            else Interlocked.Increment(ref _responses5xx);
        }

        /// <summary>Counts an error of a handler or of a layer that took a connection over.</summary>
        public void CountHandlerError()
        {
            Interlocked.Increment(ref _handlerErrors);
        }

        internal void ConnectionOpened()
        {
            Interlocked.Increment(ref _connectionsAccepted);
            Interlocked.Increment(ref _connectionsCurrent);
        }

        internal void ConnectionClosed()
        {
            Interlocked.Decrement(ref _connectionsCurrent);
        }

        internal void ConnectionRefused()
        {
            Interlocked.Increment(ref _connectionsRefused);
        }

        internal void ConnectionReclaimed()
        {
            Interlocked.Increment(ref _connectionsReclaimed);
        }

        internal void RequestParsed()
        {
            Interlocked.Increment(ref _requests);
        }

        internal void TimedOut()
        {
            Interlocked.Increment(ref _timeouts);
        }
    }
}
