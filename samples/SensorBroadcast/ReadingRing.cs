using System;

namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// The most recent readings, oldest overwritten first. Three arrays allocated once in the
    /// constructor; adding a reading allocates nothing.
    /// </summary>
    /// <remarks>
    /// Thread safety: every public member locks <see cref="SyncRoot"/>, so each call sees a whole
    /// reading. Readings taken by separate calls may straddle a new one arriving; a reader that
    /// needs a consistent set (a JSON array) locks <see cref="SyncRoot"/> once around its loop and
    /// uses the unlocked accessors, as <see cref="ReadingJson.WriteArray"/> does, so that no lock
    /// is ever taken twice by one thread (nothing here relies on re-entrant locks). The sampler's
    /// timer waits meanwhile, so such loops only copy bytes.
    /// </remarks>
    public class ReadingRing
    {
        private readonly double[] _values;
        private readonly long[] _timestamps;
        private readonly int[] _sequences;
        private readonly object _lock = new object();
        private int _next;      // slot the next reading goes to
        private int _count;
        private int _lastSequence;

        /// <summary>A ring that keeps the last <paramref name="capacity"/> readings.</summary>
        public ReadingRing(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _values = new double[capacity];
            _timestamps = new long[capacity];
            _sequences = new int[capacity];
        }

        /// <summary>The lock that guards the ring; hold it to read several readings consistently.</summary>
        public object SyncRoot => _lock;

        /// <summary>How many readings the ring keeps.</summary>
        public int Capacity => _values.Length;

        /// <summary>How many readings it holds now (at most <see cref="Capacity"/>).</summary>
        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _count;
                }
            }
        }

        /// <summary>Sequence number of the newest reading; 0 before the first.</summary>
        public int LastSequence
        {
            get
            {
                lock (_lock)
                {
                    return _lastSequence;
                }
            }
        }

        /// <summary>Stores a reading and returns its sequence number (1 for the first, then +1 each).</summary>
        public int Add(double value, long timestampMs)
        {
            lock (_lock)
            {
                _lastSequence++;
                _values[_next] = value;
                _timestamps[_next] = timestampMs;
                _sequences[_next] = _lastSequence;
                _next = (_next + 1) % _values.Length;
                if (_count < _values.Length)
                {
                    _count++;
                }

                return _lastSequence;
            }
        }

        /// <summary>The newest reading; false when the ring is empty.</summary>
        public bool TryGetLatest(out double value, out long timestampMs, out int sequence)
        {
            lock (_lock)
            {
                if (_count == 0)
                {
                    value = 0;
                    timestampMs = 0;
                    sequence = 0;
                    return false;
                }

                int slot = Slot(_count - 1);
                value = _values[slot];
                timestampMs = _timestamps[slot];
                sequence = _sequences[slot];
                return true;
            }
        }

        /// <summary>Value of the reading at <paramref name="index"/>: 0 is the oldest held, Count - 1 the newest.</summary>
        public double ValueAt(int index)
        {
            lock (_lock)
            {
                return _values[Slot(index)];
            }
        }

        /// <summary>Timestamp (Unix ms) of the reading at <paramref name="index"/>.</summary>
        public long TimestampAt(int index)
        {
            lock (_lock)
            {
                return _timestamps[Slot(index)];
            }
        }

        /// <summary>Sequence number of the reading at <paramref name="index"/>.</summary>
        public int SequenceAt(int index)
        {
            lock (_lock)
            {
                return _sequences[Slot(index)];
            }
        }

        // Unlocked accessors for a caller that already holds SyncRoot.
        internal int CountUnlocked => _count;

        internal double ValueUnlocked(int index) => _values[Slot(index)];

        internal long TimestampUnlocked(int index) => _timestamps[Slot(index)];

        internal int SequenceUnlocked(int index) => _sequences[Slot(index)];

        private int Slot(int index)
        {
            if (index < 0 || index >= _count)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            // The oldest reading sits at _next once the ring has wrapped, at 0 before.
            int oldest = _count == _values.Length ? _next : 0;
            return (oldest + index) % _values.Length;
        }
    }
}
