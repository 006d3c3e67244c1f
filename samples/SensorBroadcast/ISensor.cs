namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// One physical quantity read on demand. Implementations are cheap to call once a second from
    /// a timer thread and report the normal failures of hardware (a loose wire, a busy ADC, a
    /// sensor the chip does not have) as <see cref="double.NaN"/> instead of throwing, so that a
    /// bad reading costs one missing point on the chart and nothing else.
    /// </summary>
    public interface ISensor
    {
        /// <summary>Short human name, e.g. "Simulated temperature".</summary>
        string Name { get; }

        /// <summary>Unit symbol as it appears in the JSON (ASCII, e.g. "C"; no quotes or backslashes).</summary>
        string Unit { get; }

        /// <summary>The current value, or <see cref="double.NaN"/> when no valid reading could be taken.</summary>
        double Read();
    }
}
