using System;

namespace Viper.Nano.Security
{
    /// <summary>
    /// A token bucket per remote address in a fixed table: each address may make
    /// <see cref="ServerOptions.RateBurst"/> requests at once and
    /// <see cref="ServerOptions.RatePerSecond"/> per second after that. The table holds
    /// <see cref="ServerOptions.RateTableSize"/> addresses; a new address takes the entry idle
    /// the longest, so memory never grows with the number of clients. Thread-safe.
    /// </summary>
    public class RateLimiter
    {
        // Entries [0, used) hold an address. Counted rather than tested for null: on nanoCLR an
        // element of a new string[] is not null, and comparing it with a string crashes.
        private readonly string[] addresses;
        private int used;
        private readonly int[] milliTokens;
        private readonly long[] lastTicks;
        private readonly int burst;
        private readonly int perSecond;
        private readonly object gate = new object();

        /// <summary>A limiter allowing <paramref name="perSecond"/> requests a second and bursts of <paramref name="burst"/>, for <paramref name="tableSize"/> addresses.</summary>
        public RateLimiter(int perSecond, int burst, int tableSize)
        {
            this.perSecond = perSecond;
            this.burst = burst;
            addresses = new string[tableSize];
            milliTokens = new int[tableSize];
            lastTicks = new long[tableSize];
        }

        /// <summary>True when <paramref name="address"/> may make a request now (and counts it).</summary>
        public bool TryAcquire(string address)
        {
            return TryAcquire(address, DateTime.UtcNow.Ticks);
        }

        /// <summary>As <see cref="TryAcquire(string)"/> at a given time (for tests).</summary>
        public bool TryAcquire(string address, long nowTicks)
        {
            if (perSecond <= 0) return true;
            lock (gate)
            {
                int i = Entry(address, nowTicks);
                long elapsedMs = (nowTicks - lastTicks[i]) / TimeSpan.TicksPerMillisecond;
                long refill = elapsedMs * perSecond;
                long tokens = milliTokens[i] + refill;
                if (tokens > burst * 1000L) tokens = burst * 1000L;
                if (refill > 0) lastTicks[i] = nowTicks;
                if (tokens < 1000)
                {
                    milliTokens[i] = (int)tokens;
                    return false;
                }

                milliTokens[i] = (int)(tokens - 1000);
                return true;
            }
        }

        private int Entry(string address, long nowTicks)
        {
            int oldest = 0;
            for (int i = 0; i < used; i++)
            {
                if (addresses[i] == address) return i;
                if (lastTicks[i] < lastTicks[oldest]) oldest = i;
            }

            if (used < addresses.Length) oldest = used++;
            addresses[oldest] = address;
            milliTokens[oldest] = burst * 1000;
            lastTicks[oldest] = nowTicks;
            return oldest;
        }
    }
}
