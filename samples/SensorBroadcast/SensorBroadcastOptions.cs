namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// The sample's settings, with defaults for an ESP32-WROOM. The server's own sizes and caps
    /// live in <c>Viper.Nano.ServerOptions</c>; these are only what the sample adds.
    /// </summary>
    public class SensorBroadcastOptions
    {
        /// <summary>Shortest interval accepted: below this the timer and the broadcasts crowd out the connections.</summary>
        public const int MinIntervalMs = 100;

        /// <summary>Milliseconds between two readings, each broadcast to <see cref="RoomName"/>.</summary>
        public int IntervalMs = 1000;

        /// <summary>
        /// Readings kept for <c>/api/readings</c> and for a page that has just connected: one minute
        /// at the default interval. Costs 20 bytes a reading (a double, a long, an int), allocated once.
        /// </summary>
        public int RingCapacity = 60;

        /// <summary>The room every WebSocket and SSE client of the page joins.</summary>
        public string RoomName = "sensors";
    }
}
