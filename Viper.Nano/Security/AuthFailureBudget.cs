using System;

namespace Viper.Nano.Security
{
    /// <summary>
    /// One budget of failed authentications for the whole server, whatever the address: a
    /// per-address limit alone lets a guesser with many addresses (a botnet, or every address of
    /// a subnet) try as fast as the server answers. Each check of a protected route's credentials
    /// first takes a token; a success gives it back, a failure spends it. With no token left,
    /// protected routes are answered 429 without their credentials being looked at. A token comes
    /// back every <see cref="ServerOptions.AuthFailureRefillMs"/>; each time the budget runs dry
    /// that interval doubles (up to 64 times); it is reset once the budget is full again and no
    /// failure has come for two intervals.
    /// Thread-safe; times are DateTime ticks so tests need no clock.
    /// </summary>
    internal sealed class AuthFailureBudget
    {
        private const int MaxBackoff = 64;
        private readonly int burst;
        private readonly long baseInterval;
        private readonly object gate = new object();
        private long interval;
        private long lastRefill;
        private long lastFailure;
        private int tokens;

        /// <summary>A budget of <paramref name="burst"/> failures, one back every <paramref name="refillMs"/> ms; burst 0 disables it.</summary>
        public AuthFailureBudget(int burst, int refillMs)
        {
            this.burst = burst;
            baseInterval = (refillMs < 1 ? 1 : refillMs) * TimeSpan.TicksPerMillisecond;
            interval = baseInterval;
            tokens = burst;
        }

        /// <summary>Failures the budget has refused to check so far.</summary>
        public int Refused { get; private set; }

        /// <summary>The current refill interval in whole seconds, rounded up (for Retry-After).</summary>
        public int RetryAfterSeconds
        {
            get
            {
                long s = (interval + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;
                return s < 1 ? 1 : (int)s;
            }
        }

        /// <summary>Takes a token before a credential check; false (the request gets 429) when none is left.</summary>
        public bool TryReserve(long nowTicks)
        {
            if (burst <= 0) return true;
            lock (gate)
            {
                Refill(nowTicks);
                if (tokens == 0)
                {
                    Refused++;
                    return false;
                }

                tokens--;
                return true;
            }
        }

        /// <summary>The check succeeded: the token goes back.</summary>
        public void Succeeded()
        {
            if (burst <= 0) return;
            lock (gate)
            {
                if (tokens < burst) tokens++;
            }
        }

        /// <summary>The check failed: the token stays spent, and an empty budget backs off.</summary>
        public void Failed(long nowTicks)
        {
            if (burst <= 0) return;
            lock (gate)
            {
                lastFailure = nowTicks;
                if (tokens == 0 && interval < baseInterval * MaxBackoff)
                {
                    interval *= 2;
                    lastRefill = nowTicks;
                }
            }
        }

        private void Refill(long now)
        {
            if (tokens < burst)
            {
                long elapsed = now - lastRefill;
                if (elapsed < interval) return;
                long n = elapsed / interval;
                tokens = tokens + n >= burst ? burst : tokens + (int)n;
                lastRefill = tokens == burst ? now : lastRefill + n * interval;
            }

            if (tokens < burst) return;
            lastRefill = now;
            // Full, and quiet for two intervals: the attack is over, back to the base interval.
            if (now - lastFailure >= 2 * interval) interval = baseInterval;
        }
    }
}
