using System;
using System.Threading;

namespace Viper.Nano
{
    /// <summary>
    /// The one way out of a connection: every write to its transport (the handler's own frames,
    /// broadcasts, SSE events, pings) goes through here, so whole frames never interleave.
    /// Broadcasts never wait for a member: when its socket can't take a frame now, the shared
    /// frame is queued by reference, bounded in frames and bytes; a member over its bound, or one
    /// that makes no progress for the stall timeout, is reported so the manager can drop it.
    /// The connection's own thread waits its turn instead (it may block on its own socket only).
    /// </summary>
    internal partial class Outbox
    {
        /// <summary><see cref="Offer"/>: written to the socket now.</summary>
        public const int Delivered = 0;

        /// <summary><see cref="Offer"/>: queued; written when the socket can take it.</summary>
        public const int Queued = 1;

        /// <summary><see cref="Offer"/>/<see cref="Pump"/>: over the bound or stalled; drop this member.</summary>
        public const int Overflow = 2;

        /// <summary><see cref="Offer"/>: the connection has failed or closed.</summary>
        public const int Dead = 3;

        private readonly ITransport transport;
        private readonly SharedFrame[] queue; // also the lock of the queue state: private, so no object of its own
        private readonly int maxBytes;
        private readonly long stallTicks;
        private int first;
        private int count;
        private int queuedBytes;
        private long progressTicks;
        private int busy;
        private bool dead;

        /// <summary>
        /// An outbox over <paramref name="transport"/> that queues at most
        /// <paramref name="maxFrames"/> frames and <paramref name="maxBytes"/> bytes, and calls a
        /// member stalled when its queue has not moved for <paramref name="stallTimeoutMs"/>.
        /// </summary>
        public Outbox(ITransport transport, int maxFrames, int maxBytes, int stallTimeoutMs)
        {
            this.transport = transport;
            queue = new SharedFrame[maxFrames < 1 ? 1 : maxFrames];
            this.maxBytes = maxBytes;
            stallTicks = (long)stallTimeoutMs * TimeSpan.TicksPerMillisecond;
        }

        /// <summary>Frames waiting for the socket.</summary>
        public int QueuedFrames => count;

        /// <summary>Bytes waiting for the socket.</summary>
        public int QueuedBytes => queuedBytes;

        /// <summary>True once a write failed or the outbox was abandoned.</summary>
        public bool IsDead => dead;

        /// <summary>
        /// Takes the write right for the connection's own thread, waiting while a broadcast
        /// finishes its frame, and writes what is queued first so broadcasts keep their order.
        /// False when the connection is dead. Always pair with <see cref="EndWrite"/>.
        /// </summary>
        public bool BeginWrite()
        {
            while (Interlocked.CompareExchange(ref busy, 1, 0) != 0) Thread.Sleep(1);
            if (dead) return false;
            return Drain(true);
        }

        /// <summary>Writes part of a frame between <see cref="BeginWrite"/> and <see cref="EndWrite"/>.</summary>
        public bool Write(byte[] buffer, int offset, int count)
        {
            if (dead) return false;
            if (transport.Send(buffer, offset, count)) return true;
            dead = true;
            return false;
        }

        /// <summary>Gives the write right back, then lets queued broadcasts out if the socket is ready.</summary>
        public void EndWrite()
        {
            Interlocked.Exchange(ref busy, 0);
            DrainIfIdle();
        }

        /// <summary>Writes one whole buffer as the connection's own thread.</summary>
        public bool Send(byte[] buffer, int offset, int count)
        {
            bool ok = BeginWrite() && Write(buffer, offset, count);
            EndWrite();
            return ok;
        }

        /// <summary>
        /// Writes a small frame from another thread only if nobody is writing and the socket can
        /// take it now (the Close of an evicted member); false otherwise. Never waits.
        /// </summary>
        public bool TrySendNow(byte[] buffer, int offset, int count)
        {
            if (dead || Interlocked.CompareExchange(ref busy, 1, 0) != 0) return false;
            bool ok = count == 0 || (transport.CanSend() && Write(buffer, offset, count));
            Interlocked.Exchange(ref busy, 0);
            return ok;
        }

        /// <summary>
        /// Hands a broadcast frame to this member without waiting: writes it now when nobody else
        /// is writing, nothing is queued and the socket can take it; otherwise queues a reference.
        /// Returns <see cref="Delivered"/>, <see cref="Queued"/>, <see cref="Overflow"/> or <see cref="Dead"/>.
        /// </summary>
        public int Offer(SharedFrame frame)
        {
            if (dead) return Dead;
            if (Interlocked.CompareExchange(ref busy, 1, 0) == 0)
            {
                int result;
                if (count == 0 && transport.CanSend())
                {
                    result = Write(frame.Data, frame.Offset, frame.Length) ? Delivered : Dead;
                }
                else
                {
                    result = Enqueue(frame);
                    if (result == Queued) Drain(false);
                }

                Interlocked.Exchange(ref busy, 0);
                if (result == Queued) DrainIfIdle();
                return result;
            }

            // Someone is writing a frame now; it drains the queue when it lets go.
            int queued = Enqueue(frame);
            DrainIfIdle();
            return queued;
        }

        /// <summary>
        /// Called by the connection's thread while it waits for input: writes queued frames the
        /// socket can take. Returns <see cref="Overflow"/> when the queue has stalled (the
        /// connection should close itself), otherwise <see cref="Queued"/> or <see cref="Delivered"/>.
        /// </summary>
        public int Pump()
        {
            if (count == 0) return Delivered;
            if (IsStalled()) return Overflow;
            DrainIfIdle();
            return count == 0 ? Delivered : Queued;
        }

        /// <summary>
        /// Marks the connection dead and drops every queued reference so the frames return to
        /// the pool. Bytes already handed to the socket may still go out.
        /// </summary>
        public void Abandon()
        {
            dead = true;
            lock (queue)
            {
                while (count > 0)
                {
                    SharedFrame f = queue[first];
                    queue[first] = null;
                    first = (first + 1) % queue.Length;
                    count--;
                    f.Release();
                }

                queuedBytes = 0;
            }
        }

        /// <summary>True when <paramref name="frame"/> is in this member's queue.</summary>
        public bool Holds(SharedFrame frame)
        {
            lock (queue)
            {
                for (int i = 0; i < count; i++)
                {
                    if (queue[(first + i) % queue.Length] == frame) return true;
                }
            }

            return false;
        }

        private bool IsStalled()
        {
            return count > 0 && DateTime.UtcNow.Ticks - progressTicks > stallTicks;
        }

        private int Enqueue(SharedFrame frame)
        {
            lock (queue)
            {
                if (dead) return Dead;
                if (count == queue.Length || queuedBytes + frame.Length > maxBytes || IsStalled()) return Overflow;
                frame.AddReference();
                queue[(first + count) % queue.Length] = frame;
                if (count == 0) progressTicks = DateTime.UtcNow.Ticks;
                count++;
                queuedBytes += frame.Length;
                return Queued;
            }
        }

        // Caller holds the write right. Without mayBlock, stops as soon as the socket is full.
        private bool Drain(bool mayBlock)
        {
            while (true)
            {
                SharedFrame f;
                lock (queue)
                {
                    if (count == 0 || dead) return !dead;
                    f = queue[first];
                }

                if (!mayBlock && !transport.CanSend()) return true;
                if (!Write(f.Data, f.Offset, f.Length)) return false;
                lock (queue)
                {
                    // Abandon may have emptied the queue meanwhile and released the frame already.
                    if (count == 0 || queue[first] != f) continue;
                    queue[first] = null;
                    first = (first + 1) % queue.Length;
                    count--;
                    queuedBytes -= f.Length;
                    progressTicks = DateTime.UtcNow.Ticks;
                }

                f.Release();
            }
        }

        // The re-check after letting go of the write right: a frame queued while we held it
        // would otherwise wait for the next pump.
        private void DrainIfIdle()
        {
            while (count > 0 && !dead && transport.CanSend() && Interlocked.CompareExchange(ref busy, 1, 0) == 0)
            {
                Drain(false);
                Interlocked.Exchange(ref busy, 0);
            }
        }
    }
}
