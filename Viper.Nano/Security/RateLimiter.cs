using System;

namespace Viper.Nano.Security
{
    /// <summary>
    /// A token bucket per remote address in a fixed table: each address may make
    /// <see cref="ServerOptions.RateBurst"/> requests at once and
    /// <see cref="ServerOptions.RatePerSecond"/> per second after that. The table holds
    /// <see cref="ServerOptions.RateTableSize"/> addresses, so memory never grows with the
    /// number of clients. An address is forgotten only once its bucket is full again, which
    /// forgets nothing: it would come back to a full bucket anyway. While no entry can be
    /// forgotten, every new address shares one overflow bucket, so that clients cycling through
    /// more addresses than the table holds get no fresh bursts: together they are held to
    /// RateTableSize + 1 buckets. Thread-safe.
    /// </summary>
    internal class RateLimiter
    {
        // Entries [0, used) hold an address. Counted rather than tested for null: on nanoCLR an
        // element of a new string[] is not null, and comparing it with a string crashes.
        private readonly string[] addresses;
        private int used;
        private readonly int[] milliTokens;
        private readonly long[] lastTicks;
        private readonly int burst;
        private readonly int perSecond;
        private readonly int overflow;
        private readonly object gate = new object();

        /// <summary>A limiter allowing <paramref name="perSecond"/> requests a second and bursts of <paramref name="burst"/>, for <paramref name="tableSize"/> addresses.</summary>
        public RateLimiter(int perSecond, int burst, int tableSize)
        {
            this.perSecond = perSecond;
            this.burst = burst;
            if (tableSize < 0) tableSize = 0;
            addresses = new string[tableSize];
            overflow = tableSize;
            milliTokens = new int[tableSize + 1];
            lastTicks = new long[tableSize + 1];
            milliTokens[overflow] = burst * 1000;
        }

        /// <summary>How many requests were counted against the shared overflow bucket (the table was full).</summary>
        public int OverflowRequests { get; private set; }

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
                if (i == overflow) OverflowRequests++;
                long tokens = TokensAt(i, nowTicks);
                if ((nowTicks - lastTicks[i]) / TimeSpan.TicksPerMillisecond > 0) lastTicks[i] = nowTicks;
                if (tokens < 1000)
                {
                    milliTokens[i] = (int)tokens;
                    return false;
                }

                milliTokens[i] = (int)(tokens - 1000);
                return true;
            }
        }

        // The bucket of entry i at nowTicks, refilled and capped at the burst (in thousandths).
        private long TokensAt(int i, long nowTicks)
        {
            long elapsedMs = (nowTicks - lastTicks[i]) / TimeSpan.TicksPerMillisecond;
            if (elapsedMs < 0) elapsedMs = 0;
            long tokens = milliTokens[i] + elapsedMs * perSecond;
            return tokens > burst * 1000L ? burst * 1000L : tokens;
        }

        private int Entry(string address, long nowTicks)
        {
            int free = -1;
            for (int i = 0; i < used; i++)
            {
                if (addresses[i] == address) return i;
                if (free < 0 && TokensAt(i, nowTicks) >= burst * 1000L)
                {
                    // Refilled: forgetting this address gives it nothing it would not have.
                    free = i;
                }
            }

            if (free < 0 && used < addresses.Length) free = used++;
            if (free < 0) return overflow;
            addresses[free] = address;
            milliTokens[free] = burst * 1000;
            lastTicks[free] = nowTicks;
            return free;
        }
    }
}
