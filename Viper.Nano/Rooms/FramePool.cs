namespace Viper.Nano.Rooms
{
    /// <summary>
    /// A fixed set of <see cref="SharedFrame"/>s allocated once. The pool is the whole memory a
    /// room system may hold for queued broadcasts: frames × capacity bytes, however many members
    /// lag. When every frame is taken, the members still holding the oldest one are the slowest,
    /// and the connection manager drops them (see ConnectionManager).
    /// </summary>
    internal class FramePool
    {
        private readonly SharedFrame[] frames;

        /// <summary>A pool of <paramref name="count"/> frames of <paramref name="capacity"/> bytes.</summary>
        public FramePool(int count, int capacity)
        {
            frames = new SharedFrame[count];
            for (int i = 0; i < count; i++) frames[i] = new SharedFrame(capacity);
        }

        /// <summary>Frames in the pool.</summary>
        public int Count => frames.Length;

        /// <summary>Bytes each frame can hold.</summary>
        public int Capacity => frames[0].Data.Length;

        /// <summary>The frame at <paramref name="index"/>, for scans by the manager.</summary>
        public SharedFrame this[int index] => frames[index];

        /// <summary>Claims a free frame for the caller (one reference), or null when all are held.</summary>
        public SharedFrame Rent()
        {
            for (int i = 0; i < frames.Length; i++)
            {
                if (frames[i].TryClaim()) return frames[i];
            }

            return null;
        }

        /// <summary>The held frame with the lowest sequence number, or null.</summary>
        public SharedFrame Oldest()
        {
            SharedFrame oldest = null;
            for (int i = 0; i < frames.Length; i++)
            {
                SharedFrame f = frames[i];
                if (f.References > 0 && (oldest == null || f.Sequence < oldest.Sequence)) oldest = f;
            }

            return oldest;
        }
    }
}
