namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// How long a started frame and a started message may take (ServerOptions.FrameTimeoutMs and
    /// MessageTimeoutMs). The keepalive only finds silent peers; a peer that sends one byte every
    /// few seconds is never silent, and without a deadline it would hold its connection slot for
    /// ever. Times are DateTime ticks passed in by the caller, so the logic needs no clock.
    /// </summary>
    internal sealed class Deadlines
    {
        private const long TicksPerMs = 10000;
        private readonly long _frameTimeout;
        private readonly long _messageTimeout;
        private long _frameStarted = -1;
        private long _messageStarted = -1;

        /// <summary>0 for either value disables that deadline.</summary>
        public Deadlines(int frameTimeoutMs, int messageTimeoutMs)
        {
            _frameTimeout = frameTimeoutMs * TicksPerMs;
            _messageTimeout = messageTimeoutMs * TicksPerMs;
        }

        /// <summary>
        /// Notes whether a frame and a message are under way at <paramref name="now"/> (each
        /// deadline counts from the first time it is seen under way) and tells whether either
        /// has run out.
        /// </summary>
        public bool Missed(bool inFrame, bool inMessage, long now)
        {
            if (!inFrame) _frameStarted = -1;
            else if (_frameStarted < 0) _frameStarted = now;
            if (!inMessage) _messageStarted = -1;
            else if (_messageStarted < 0) _messageStarted = now;
            return (_frameTimeout > 0 && _frameStarted >= 0 && now - _frameStarted >= _frameTimeout)
                || (_messageTimeout > 0 && _messageStarted >= 0 && now - _messageStarted >= _messageTimeout);
        }

        /// <summary>True while a frame or message deadline counts (false: <see cref="Earliest"/> changes nothing).</summary>
        public bool Running
        {
            get { return _frameStarted >= 0 || _messageStarted >= 0; }
        }

        /// <summary>The earlier of <paramref name="other"/> and the running deadlines, for the next wait.</summary>
        public long Earliest(long other)
        {
            long next = other;
            if (_frameTimeout > 0 && _frameStarted >= 0 && _frameStarted + _frameTimeout < next) next = _frameStarted + _frameTimeout;
            if (_messageTimeout > 0 && _messageStarted >= 0 && _messageStarted + _messageTimeout < next) next = _messageStarted + _messageTimeout;
            return next;
        }
    }
}
