using System.Threading;

namespace Viper.Nano.Server
{
    /// <summary>
    /// Connection and request counters of a running server. The fields are public so that they
    /// can be updated with <see cref="Interlocked"/> from every connection thread and read (or
    /// serialized) by anyone; each is exact on its own, not a snapshot of all of them together.
    /// </summary>
    public sealed class ServerStats
    {
        /// <summary>Connections holding a slot right now.</summary>
        public int ConnectionsCurrent;

        /// <summary>Connections given a slot since start.</summary>
        public int ConnectionsAccepted;

        /// <summary>Connections answered 503 because every slot was busy.</summary>
        public int ConnectionsRefused;

        /// <summary>Idle keep-alive connections closed to make room for a new client.</summary>
        public int ConnectionsReclaimed;

        /// <summary>Requests whose head was parsed.</summary>
        public int Requests;

        /// <summary>Informational responses (100 Continue).</summary>
        public int Responses1xx;

        /// <summary>Successful responses.</summary>
        public int Responses2xx;

        /// <summary>Redirects.</summary>
        public int Responses3xx;

        /// <summary>Client errors (including malformed requests and timeouts).</summary>
        public int Responses4xx;

        /// <summary>Server errors (including 503 refusals).</summary>
        public int Responses5xx;

        /// <summary>Handlers (and takeover hooks) that threw.</summary>
        public int HandlerErrors;

        /// <summary>Connections closed because a head or body timed out.</summary>
        public int Timeouts;

        /// <summary>Counts one response by its status class.</summary>
        public void CountResponse(int status)
        {
            if (status < 200) Interlocked.Increment(ref Responses1xx);
            else if (status < 300) Interlocked.Increment(ref Responses2xx);
            else if (status < 400) Interlocked.Increment(ref Responses3xx);
            else if (status < 500) Interlocked.Increment(ref Responses4xx);
            else Interlocked.Increment(ref Responses5xx);
        }
    }
}
