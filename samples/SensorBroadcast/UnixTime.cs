using System;

namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>Returns the time as Unix milliseconds; replaceable in tests.</summary>
    public delegate long UnixMillisClock();

    /// <summary>
    /// Timestamps of readings: milliseconds since 1970-01-01 UTC, what JavaScript's
    /// <c>new Date(ms)</c> takes.
    /// </summary>
    /// <remarks>
    /// On nanoFramework <see cref="DateTime.UtcNow"/> is the chip's clock, which is right only once
    /// something has set it: <c>WifiNetworkHelper.ConnectDhcp(..., requiresDateTime: true)</c> waits
    /// for SNTP, and Device/Program.cs asks for that. Until then (or with no internet to reach an
    /// SNTP server) the values are small, counting from the chip's epoch, and the page shows the
    /// time of arrival instead. Readings are ordered by their sequence number, never by timestamp.
    /// </remarks>
    public static class UnixTime
    {
        private const long TicksPerMillisecond = 10000;

        /// <summary>Now, from <see cref="DateTime.UtcNow"/>.</summary>
        public static long NowMs()
        {
            return (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) / TicksPerMillisecond;
        }

        /// <summary>Earliest timestamp the page treats as a real clock (2020-01-01), not time since boot.</summary>
        public const long PlausibleAfterMs = 1577836800000;
    }
}
