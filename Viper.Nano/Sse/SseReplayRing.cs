namespace Viper.Nano.Sse
{
    /// <summary>
    /// The last few encoded events of a room, kept so that a client reconnecting with
    /// <c>Last-Event-ID</c> receives exactly the events it missed (the SSE specification has the
    /// client send the last id it saw; the server decides what to resend). Fixed memory: a byte
    /// store and a small index, allocated once. Each event is stored contiguously, so a replay is
    /// one send per event straight from the store; the oldest events are evicted to make room.
    /// Not thread-safe: the connection manager serialises access.
    /// </summary>
    internal class SseReplayRing
    {
        private readonly byte[] store;
        private readonly long[] ids;
        private readonly int[] offsets;
        private readonly int[] lengths;
        private int first;
        private int count;
        private int writePos;
        private long lastEvicted = -1;

        /// <summary>A ring holding at most <paramref name="maxEvents"/> events in <paramref name="capacityBytes"/> bytes.</summary>
        public SseReplayRing(int capacityBytes, int maxEvents)
        {
            store = new byte[capacityBytes];
            ids = new long[maxEvents];
            offsets = new int[maxEvents];
            lengths = new int[maxEvents];
        }

        /// <summary>Events held now.</summary>
        public int Count => count;

        /// <summary>The id of the oldest event held, or -1 when empty.</summary>
        public long OldestId => count == 0 ? -1 : ids[first];

        /// <summary>The id of the newest event held, or -1 when empty.</summary>
        public long NewestId => count == 0 ? -1 : ids[(first + count - 1) % ids.Length];

        /// <summary>The byte store events are read from (see <see cref="OffsetAt"/>).</summary>
        public byte[] Store => store;

        /// <summary>
        /// Keeps a copy of an encoded event. Ids must increase. An event larger than the whole
        /// store is not kept (returns false), and the ring is emptied so a replay never skips it
        /// silently: a client asking for it gets everything still held, which starts after it.
        /// </summary>
        public bool Add(long id, byte[] buffer, int offset, int length)
        {
            if (length > store.Length)
            {
                Clear();
                lastEvicted = id;
                return false;
            }

            if (count == ids.Length) DropOldest();
            if (writePos + length > store.Length) writePos = 0;
            // The oldest events lie right after the write position: drop those the new one overlaps.
            while (count > 0 && Overlaps(offsets[first], lengths[first], writePos, length)) DropOldest();

            int slot = (first + count) % ids.Length;
            System.Array.Copy(buffer, offset, store, writePos, length);
            ids[slot] = id;
            offsets[slot] = writePos;
            lengths[slot] = length;
            count++;
            writePos += length;
            return true;
        }

        /// <summary>
        /// The position (0 = oldest) of the first event with an id greater than
        /// <paramref name="lastId"/>, or <see cref="Count"/> when there is none.
        /// </summary>
        public int IndexAfter(long lastId)
        {
            for (int i = 0; i < count; i++)
            {
                if (IdAt(i) > lastId) return i;
            }

            return count;
        }

        /// <summary>
        /// True when an event newer than <paramref name="lastId"/> was evicted already, so a replay
        /// from here is incomplete. (Ids are shared by all rooms, so gaps between held ids are
        /// normal; only eviction loses events.)
        /// </summary>
        public bool HasGapAfter(long lastId)
        {
            return lastEvicted > lastId;
        }

        /// <summary>The id of the event at <paramref name="index"/> (0 = oldest).</summary>
        public long IdAt(int index) => ids[(first + index) % ids.Length];

        /// <summary>Where the event at <paramref name="index"/> starts in <see cref="Store"/>.</summary>
        public int OffsetAt(int index) => offsets[(first + index) % ids.Length];

        /// <summary>The length of the event at <paramref name="index"/>.</summary>
        public int LengthAt(int index) => lengths[(first + index) % ids.Length];

        /// <summary>Forgets every event (the newest held counts as evicted).</summary>
        public void Clear()
        {
            if (count > 0) lastEvicted = NewestId;
            count = 0;
            first = 0;
            writePos = 0;
        }

        private void DropOldest()
        {
            lastEvicted = ids[first];
            first = (first + 1) % ids.Length;
            count--;
            if (count == 0) { first = 0; writePos = 0; }
        }

        private static bool Overlaps(int aStart, int aLength, int bStart, int bLength)
        {
            return aStart < bStart + bLength && bStart < aStart + aLength;
        }
    }
}
