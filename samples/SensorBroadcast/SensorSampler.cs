using System;
using System.Threading;

namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// Receives one reading as JSON. The bytes are valid only during the call: the sampler reuses
    /// its buffer for the next reading, so a receiver that keeps them must copy them (a room
    /// broadcast encodes its frame from them before it returns).
    /// </summary>
    public delegate void ReadingPublisher(byte[] json, int offset, int count);

    /// <summary>
    /// Reads the sensor on a timer, keeps the readings in a <see cref="ReadingRing"/> and hands
    /// each one, as JSON, to <see cref="Published"/> (the route class points it at the room).
    /// One buffer, sized once, carries every reading: sampling allocates nothing.
    /// </summary>
    public class SensorSampler : IDisposable
    {
        private readonly ISensor _sensor;
        private readonly ReadingRing _ring;
        private readonly ReadingJson _json;
        private readonly byte[] _buffer;
        private readonly int _intervalMs;
        private readonly object _timerLock = new object();
        private Timer _timer;
        private int _busy;
        private int _readings;
        private int _failures;
        private int _skipped;
        private int _publishErrors;

        /// <summary>Where each reading goes; null drops it after it is recorded in the ring.</summary>
        public ReadingPublisher Published;

        /// <summary>Source of timestamps; <see cref="UnixTime.NowMs"/> unless a test replaces it.</summary>
        public UnixMillisClock Clock = UnixTime.NowMs;

        /// <summary>A sampler for <paramref name="sensor"/> with the interval and ring size of <paramref name="options"/>.</summary>
        public SensorSampler(ISensor sensor, SensorBroadcastOptions options)
        {
            if (sensor == null)
            {
                throw new ArgumentNullException("sensor");
            }

            if (options.IntervalMs < SensorBroadcastOptions.MinIntervalMs)
            {
                throw new ArgumentOutOfRangeException("options", "IntervalMs below " + SensorBroadcastOptions.MinIntervalMs);
            }

            _sensor = sensor;
            _intervalMs = options.IntervalMs;
            _ring = new ReadingRing(options.RingCapacity);
            _json = new ReadingJson(sensor.Unit);
            _buffer = new byte[_json.MaxReadingBytes];
        }

        /// <summary>The sensor read on each tick.</summary>
        public ISensor Sensor => _sensor;

        /// <summary>The readings recorded so far (the last <see cref="ReadingRing.Capacity"/> of them).</summary>
        public ReadingRing Ring => _ring;

        /// <summary>The writer for this sensor's unit, for the routes that serve the ring.</summary>
        public ReadingJson Json => _json;

        /// <summary>Valid readings recorded.</summary>
        public int Readings => _readings;

        /// <summary>Ticks whose sensor read failed (NaN): nothing was recorded or published.</summary>
        public int Failures => _failures;

        /// <summary>Ticks dropped because the previous one was still publishing.</summary>
        public int Skipped => _skipped;

        /// <summary>Exceptions thrown by <see cref="Published"/> on the timer thread (a bug in the receiver).</summary>
        public int PublishErrors => _publishErrors;

        /// <summary>
        /// Takes one reading now: reads the sensor, records the value and publishes it. Returns false,
        /// recording nothing, when the sensor reports NaN or a tick is already in progress.
        /// </summary>
        public bool Sample()
        {
            // Ticks never overlap: a slow receiver makes the timer skip, not pile up threads.
            if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
            {
                Interlocked.Increment(ref _skipped);
                return false;
            }

            try
            {
                double value = _sensor.Read();
                if (!(value > double.NegativeInfinity && value < double.PositiveInfinity))
                {
                    Interlocked.Increment(ref _failures);
                    return false;
                }

                long ts = Clock();
                int seq = _ring.Add(value, ts);
                Interlocked.Increment(ref _readings);
                int n = _json.Write(_buffer, 0, _buffer.Length, value, ts, seq);
                ReadingPublisher publish = Published;
                if (publish != null)
                {
                    publish(_buffer, 0, n);
                }

                return true;
            }
            finally
            {
                Interlocked.Exchange(ref _busy, 0);
            }
        }

        /// <summary>Starts sampling every interval, the first reading at once. Calling it twice is harmless.</summary>
        public void Start()
        {
            lock (_timerLock)
            {
                if (_timer == null)
                {
                    _timer = new Timer(OnTick, null, 0, _intervalMs);
                }
            }
        }

        /// <summary>Stops the timer; a tick already running finishes.</summary>
        public void Stop()
        {
            lock (_timerLock)
            {
                if (_timer != null)
                {
                    _timer.Dispose();
                    _timer = null;
                }
            }
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            Stop();
        }

        private void OnTick(object state)
        {
            // Nothing may escape a timer callback: count the receiver's bug and keep sampling.
            try
            {
                Sample();
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _publishErrors);
            }
        }
    }
}
