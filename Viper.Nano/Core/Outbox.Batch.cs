using System;
using System.Threading;

namespace Viper.Nano
{
    /// <summary>
    /// Batched broadcasts: frames queued without writing (<see cref="Queue"/>) leave later, several
    /// per send (<see cref="Flush"/>). On loopback and on lwIP alike, a send costs about the same
    /// for 260 bytes as for 1,000, so a relay that writes each message to each member at once
    /// pays one system call per member per message; written together, a few messages cost one.
    /// </summary>
    internal partial class Outbox
    {
        /// <summary>
        /// Queues a broadcast frame by reference without writing anything, even when the socket
        /// could take it: <see cref="Flush"/> writes it. Returns <see cref="Queued"/>,
        /// <see cref="Overflow"/> (over the bounds: the caller flushes, or drops the member) or
        /// <see cref="Dead"/>.
        /// </summary>
        public int Queue(SharedFrame frame)
        {
            if (dead) return Dead;
            return Enqueue(frame);
        }

        /// <summary>True when <paramref name="frame"/> fits the queue's bounds now.</summary>
        public bool HasRoomFor(SharedFrame frame)
        {
            lock (queue)
            {
                return count < queue.Length && queuedBytes + frame.Length <= maxBytes;
            }
        }

        /// <summary>
        /// Writes queued frames while the socket takes them without waiting, copying as many
        /// whole frames as fit into <paramref name="batch"/> for each send (a frame larger than
        /// the batch goes alone). Never waits for the write right: when another thread writes,
        /// it drains the queue itself when it lets go. <paramref name="batch"/> must not be
        /// shared with any other writer (the connection manager's own buffer, used under its
        /// broadcast lock). Returns <see cref="Delivered"/> when the queue is empty, <see cref="Queued"/>
        /// when frames wait for the socket, <see cref="Overflow"/> when the queue has stalled,
        /// or <see cref="Dead"/>.
        /// </summary>
        public int Flush(byte[] batch)
        {
            if (dead) return Dead;
            if (count == 0) return Delivered;
            if (IsStalled()) return Overflow;
            if (Interlocked.CompareExchange(ref busy, 1, 0) != 0) return Queued;
            bool ok = true;
            while (ok && count > 0 && transport.CanSend()) ok = WriteBatch(batch);
            Interlocked.Exchange(ref busy, 0);
            if (!ok) return Dead;
            return count == 0 ? Delivered : Queued;
        }

        // One send of the frames at the head of the queue that fit the batch. Caller holds the write right.
        private bool WriteBatch(byte[] batch)
        {
            int frames = 0;
            int used = 0;
            SharedFrame single = null;
            lock (queue)
            {
                if (dead) return false;
                while (frames < count)
                {
                    SharedFrame f = queue[(first + frames) % queue.Length];
                    if (used + f.Length > batch.Length)
                    {
                        if (frames == 0) single = f;
                        break;
                    }

                    Array.Copy(f.Data, f.Offset, batch, used, f.Length);
                    used += f.Length;
                    frames++;
                }
            }

            if (single != null)
            {
                if (!Write(single.Data, single.Offset, single.Length)) return false;
                frames = 1;
            }
            else if (!Write(batch, 0, used))
            {
                return false;
            }

            lock (queue)
            {
                // Abandon may have emptied the queue meanwhile and released the frames already;
                // nothing else dequeues while we hold the write right.
                for (int i = 0; i < frames && count > 0; i++)
                {
                    SharedFrame f = queue[first];
                    queue[first] = null;
                    first = (first + 1) % queue.Length;
                    count--;
                    queuedBytes -= f.Length;
                    f.Release();
                }

                progressTicks = DateTime.UtcNow.Ticks;
            }

            return true;
        }
    }
}
