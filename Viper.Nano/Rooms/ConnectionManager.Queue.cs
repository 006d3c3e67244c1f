using Viper.Nano.WebSockets;

namespace Viper.Nano.Rooms
{
    /// <summary>
    /// Batched broadcasts. A relay that writes every message to every member at once pays one
    /// send per member per message, and sends, not bytes, are what a socket costs (a system call
    /// on a PC; on an ESP32, a trip through lwIP and its task). Messages queued with QueueText or
    /// QueueBytes wait in the members' outboxes, by reference, until <see cref="Flush"/>; then each
    /// member gets everything queued for it in as few sends as ServerOptions.BroadcastBatchBytes
    /// allows. A WebSocket member's Receive flushes by itself just before it would wait for
    /// input, so a relay handler that queues each message it receives writes them together once
    /// it has read everything that had arrived.
    /// </summary>
    public partial class ConnectionManager
    {
        // The batch of one send to one member; used only under broadcastLock.
        private readonly byte[] batch;

        // Members that may have queued frames, one bit per slot (under broadcastLock).
        private int queuedMask;

        /// <summary>
        /// Like BroadcastText with an excepted member, but the frame is only queued for each
        /// member: nothing is written until <see cref="Flush"/>, or until a WebSocket member's
        /// Receive is about to wait (the relay's own Receive, typically). The frame pool still
        /// bounds what waits: when it runs out, queued frames are flushed first.
        /// </summary>
        public int QueueText(byte[] utf8, int offset, int count, string room, WebSocket except) => QueueText(utf8, offset, count, room, (IRoomMember)except);

        // The same for any member (the tests except plain members).
        internal int QueueText(byte[] utf8, int offset, int count, string room, IRoomMember except)
        {
            if (count > scratch.Length) return TooLarge();
            lock (broadcastLock) return BroadcastLocked(Opcode.Text, utf8, offset, count, room, except, true);
        }

        /// <summary>Like <see cref="QueueText"/>, for a binary message (SSE members are skipped).</summary>
        public int QueueBytes(byte[] data, int offset, int count, string room, WebSocket except) => QueueBytes(data, offset, count, room, (IRoomMember)except);

        // The same for any member (the tests except plain members).
        internal int QueueBytes(byte[] data, int offset, int count, string room, IRoomMember except)
        {
            if (count > scratch.Length) return TooLarge();
            lock (broadcastLock) return BroadcastLocked(Opcode.Binary, data, offset, count, room, except, true);
        }

        /// <summary>True when queued broadcasts may still wait for <see cref="Flush"/>.</summary>
        public bool HasQueued => queuedMask != 0;

        /// <summary>
        /// Writes what QueueText and QueueBytes queued, several frames per send, to every member
        /// whose socket takes them without waiting; frames a full socket can't take stay queued
        /// for the member's own thread, as with any broadcast, and a stalled member is dropped.
        /// </summary>
        public void Flush()
        {
            if (queuedMask == 0) return;
            lock (broadcastLock) FlushLocked();
        }

        private void FlushLocked()
        {
            int mask = queuedMask;
            queuedMask = 0;
            for (int slot = 0; mask != 0 && slot < members.Length; slot++)
            {
                if ((mask & (1 << slot)) == 0) continue;
                mask &= ~(1 << slot);
                IRoomMember m = members[slot];
                if (m == null) continue;
                int result = m.Outbox.Flush(batch);
                if (result == Outbox.Queued) queuedMask |= 1 << slot;
                else if (result == Outbox.Overflow || result == Outbox.Dead) Drop(m, result == Outbox.Overflow);
            }
        }

        // Queues for one member, flushing everyone first when its queue is at its bounds.
        private int QueueLocked(IRoomMember m, SharedFrame frame)
        {
            if (!m.Outbox.HasRoomFor(frame)) FlushLocked();
            int result = m.Outbox.Queue(frame);
            if (result == Outbox.Queued) queuedMask |= 1 << m.Slot;
            return result;
        }
    }
}
