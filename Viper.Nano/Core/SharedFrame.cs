using System.Threading;

namespace Viper.Nano
{
    /// <summary>
    /// One encoded broadcast (a WebSocket frame or an SSE event) shared by every member it goes
    /// to: it is encoded once and the same bytes are written to each socket. A reference count
    /// keeps it alive while a member's outbox still has it queued; at zero it returns to the pool.
    /// </summary>
    internal class SharedFrame
    {
        /// <summary>The storage; the encoded bytes are <see cref="Offset"/> .. <see cref="Offset"/> + <see cref="Length"/>.</summary>
        public readonly byte[] Data;

        /// <summary>Where the encoded bytes start (a WebSocket header is written right before its payload).</summary>
        public int Offset;

        /// <summary>Bytes in use.</summary>
        public int Length;

        /// <summary>The broadcast's sequence number (also the SSE event id); orders frames by age.</summary>
        public long Sequence;

        private int references;

        /// <summary>A frame with room for <paramref name="capacity"/> bytes.</summary>
        public SharedFrame(int capacity)
        {
            Data = new byte[capacity];
        }

        /// <summary>Current holders (the broadcaster while it fans out, plus every outbox queueing it).</summary>
        public int References => references;

        /// <summary>Claims a free frame; false when someone still holds it.</summary>
        public bool TryClaim()
        {
            return Interlocked.CompareExchange(ref references, 1, 0) == 0;
        }

        /// <summary>Adds a holder.</summary>
        public void AddReference()
        {
            Interlocked.Increment(ref references);
        }

        /// <summary>Drops a holder; the frame is free again when none is left.</summary>
        public void Release()
        {
            Interlocked.Decrement(ref references);
        }
    }
}
