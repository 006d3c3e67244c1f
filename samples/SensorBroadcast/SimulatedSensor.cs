using System;

namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// A temperature that drifts like a room's: a random walk pulled back toward a set point
    /// (a discrete Ornstein-Uhlenbeck process), clamped to a plausible band. With a seed the
    /// sequence is repeatable for a given runtime (the PC and the device have different
    /// generators, so the numbers differ between them, but never the behaviour).
    /// </summary>
    public class SimulatedSensor : ISensor
    {
        /// <summary>Centre of the drift, in degrees Celsius.</summary>
        public const double DefaultMean = 22.5;

        private readonly Random _random;
        private readonly double _mean;
        private readonly double _min;
        private readonly double _max;
        private double _value;

        /// <summary>
        /// How strongly each step pulls back toward the mean (0 = pure random walk, 1 = no memory).
        /// 0.05 gives slow swings of a few tenths of a degree over a minute at one reading a second.
        /// </summary>
        public double Reversion = 0.05;

        /// <summary>Spread of one step's noise, in degrees (about one standard deviation).</summary>
        public double StepSize = 0.08;

        /// <summary>A sensor around 22.5 C, bounded to 15..30 C.</summary>
        public SimulatedSensor(int seed) : this(seed, DefaultMean, 15.0, 30.0)
        {
        }

        /// <summary>A sensor that starts at <paramref name="mean"/> and stays in [min, max].</summary>
        public SimulatedSensor(int seed, double mean, double min, double max)
        {
            if (!(min < max) || mean < min || mean > max)
            {
                throw new ArgumentException("need min < max and min <= mean <= max");
            }

            _random = new Random(seed);
            _mean = mean;
            _min = min;
            _max = max;
            _value = mean;
        }

        /// <inheritdoc/>
        public string Name => "Simulated temperature";

        /// <inheritdoc/>
        public string Unit => "C";

        /// <inheritdoc/>
        public double Read()
        {
            // The sum of three uniforms minus 1.5 is bell-shaped with variance 1/4: a cheap
            // normal-ish step that needs no Math (nanoFramework.System.Math is another package).
            double noise = (_random.NextDouble() + _random.NextDouble() + _random.NextDouble() - 1.5) * 2.0;
            double next = _value + Reversion * (_mean - _value) + StepSize * noise;

            if (next < _min)
            {
                next = _min;
            }
            else if (next > _max)
            {
                next = _max;
            }

            _value = next;
            return next;
        }
    }
}
