using Viper.Nano.Rooms;
using Viper.Nano.Security;

namespace Viper.Nano.Server
{
    /// <summary>What the server builds from its options when it starts: the rooms and the limits.</summary>
    public sealed partial class ViperServer
    {
        /// <summary>
        /// The server's connection manager (rooms and broadcast), created by <see cref="Start"/>
        /// from this server's own options: its member table has exactly one entry per connection
        /// slot, so no client can land in a slot the manager does not know. null before Start
        /// (handlers run only after it) and when ServerOptions.MaxRooms is 0.
        /// </summary>
        public ConnectionManager Rooms { get; private set; }

        /// <summary>The global budget of failed authentications (ServerOptions.AuthFailureBurst).</summary>
        internal AuthFailureBudget AuthBudget { get; private set; }

        // Called by Start under the lock: every option is checked before anything is allocated,
        // and what is sized from the options is built from the values checked.
        private void Prepare()
        {
            ServerOptions o = Options;
            o.Validate();
            Limiter = new RateLimiter(o.RatePerSecond, o.RateBurst, o.RateTableSize);
            AuthBudget = new AuthFailureBudget(o.AuthFailureBurst, o.AuthFailureRefillMs);
            if (Rooms == null && o.MaxRooms > 0) Rooms = new ConnectionManager(o);
        }
    }
}
