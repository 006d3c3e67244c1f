namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// Decides when a quiet connection gets a Ping and when a peer that never answers is dead.
    /// A TCP connection whose peer vanished (Wi-Fi lost, device unplugged) sends no FIN: without
    /// a probe, a blocked Receive would wait forever and the slot would never be freed. Any
    /// received byte counts as a sign of life, not only the Pong (section 5.5.3 also allows
    /// unsolicited Pongs). Times are DateTime ticks passed in by the caller, so the logic is
    /// testable without a clock.
    /// </summary>
    internal sealed class Keepalive
    {
        /// <summary>Nothing to do yet.</summary>
        public const int Wait = 0;

        /// <summary>Time to send a Ping (then call <see cref="PingSent"/>).</summary>
        public const int SendPing = 1;

        /// <summary>A Ping went unanswered for the whole timeout: drop the connection.</summary>
        public const int Dead = 2;

        private const long TicksPerMs = 10000;
        private readonly long _interval;
        private readonly long _timeout;
        private long _lastHeard;
        private long _lastPing;
        private long _unansweredSince; // first Ping sent since the peer was last heard
        private bool _awaiting;

        /// <summary>0 for either value disables that half.</summary>
        public Keepalive(int pingIntervalMs, int pongTimeoutMs)
        {
            _interval = pingIntervalMs * TicksPerMs;
            _timeout = pongTimeoutMs * TicksPerMs;
        }

        /// <summary>Something arrived from the peer at <paramref name="now"/>.</summary>
        public void Heard(long now)
        {
            _lastHeard = now;
            _awaiting = false;
        }

        /// <summary>A Ping was sent at <paramref name="now"/>.</summary>
        public void PingSent(long now)
        {
            _lastPing = now;
            if (_awaiting) return;
            _awaiting = true;
            _unansweredSince = now;
        }

        /// <summary>What to do at <paramref name="now"/>.</summary>
        public int Check(long now)
        {
            if (_awaiting && _timeout > 0 && now - _unansweredSince >= _timeout) return Dead;
            if (_interval > 0 && now - LastEvent >= _interval) return SendPing;
            return Wait;
        }

        /// <summary>The next time <see cref="Check"/> may answer something else than Wait; long.MaxValue when never.</summary>
        public long NextDeadline
        {
            get
            {
                long next = long.MaxValue;
                if (_interval > 0) next = (_lastHeard > _lastPing ? _lastHeard : _lastPing) + _interval; // LastEvent, without a call: once per wait
                if (_awaiting && _timeout > 0 && _unansweredSince + _timeout < next) next = _unansweredSince + _timeout;
                return next;
            }
        }

        // Pings are spaced by the interval from the last thing heard or sent.
        private long LastEvent
        {
            get { return _lastHeard > _lastPing ? _lastHeard : _lastPing; }
        }
    }
}
