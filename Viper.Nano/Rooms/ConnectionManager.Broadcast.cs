using System;
using System.Threading;
using nanoFramework.Json;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;
using Viper.Nano.Text;

namespace Viper.Nano.Rooms
{
    public partial class ConnectionManager
    {
        // Room for a WebSocket header (4 bytes up to 65,535) or an SSE event's id line, data
        // prefixes and blank line around MaxBroadcastSize bytes of single-line payload.
        private const int FrameOverhead = 48;
        private const int HeaderRoom = 4;

        // Attempts, a millisecond apart, to flush queued broadcasts before the members holding
        // the oldest frame are dropped as slow.
        private const int FlushGraceAttempts = 20;

        private readonly FramePool pool;
        private readonly byte[] scratch;
        private readonly object broadcastLock = new object();
        private long sequence;

        /// <summary>
        /// Sends text to every registered member. Every Broadcast and Queue method returns the
        /// number of members reached (0 when nobody is in the room), or
        /// <see cref="BroadcastResult.TooLarge"/> when the payload is over
        /// ServerOptions.MaxBroadcastSize: then nothing is sent and nobody is closed.
        /// </summary>
        public int BroadcastText(string text)
        {
            return BroadcastText(text, null);
        }

        /// <summary>Sends text to the members of <paramref name="room"/> (everyone when null).</summary>
        public int BroadcastText(string text, string room)
        {
            lock (broadcastLock)
            {
                int n = Utf8.EncodeWithin(text, scratch, 0, scratch.Length);
                if (n < 0) return TooLarge();
                return BroadcastLocked(Opcode.Text, scratch, 0, n, room, null, false);
            }
        }

        /// <summary>Sends UTF-8 text already encoded (no string, no allocation) to a room, or everyone when null.</summary>
        public int BroadcastText(byte[] utf8, int offset, int count, string room)
        {
            return BroadcastText(utf8, offset, count, room, null);
        }

        /// <summary>
        /// Sends UTF-8 text already encoded to a room (everyone when null) except
        /// <paramref name="except"/>: the chat relay, where the sender must not get its own
        /// message back (a sender that never reads would otherwise fill its queue and be dropped).
        /// </summary>
        public int BroadcastText(byte[] utf8, int offset, int count, string room, WebSocket except) => BroadcastText(utf8, offset, count, room, (IRoomMember)except);

        // The same for any member (the tests except plain members).
        internal int BroadcastText(byte[] utf8, int offset, int count, string room, IRoomMember except)
        {
            if (count > scratch.Length) return TooLarge();
            lock (broadcastLock) return BroadcastLocked(Opcode.Text, utf8, offset, count, room, except, false);
        }

        /// <summary>Serialises <paramref name="value"/> with nanoFramework.Json and sends it as text to everyone.</summary>
        public int BroadcastJson(object value)
        {
            return BroadcastJson(value, null);
        }

        /// <summary>Serialises <paramref name="value"/> with nanoFramework.Json and sends it as text to a room.</summary>
        public int BroadcastJson(object value, string room)
        {
            return BroadcastText(JsonConvert.SerializeObject(value), room);
        }

        /// <summary>Sends a binary message to everyone. SSE members are skipped: an event stream carries text only.</summary>
        public int BroadcastBytes(byte[] data)
        {
            return BroadcastBytes(data, 0, data.Length, null);
        }

        /// <summary>Sends a binary message to a room (everyone when null); SSE members are skipped.</summary>
        public int BroadcastBytes(byte[] data, int offset, int count, string room)
        {
            return BroadcastBytes(data, offset, count, room, null);
        }

        /// <summary>Sends a binary message to a room (everyone when null) except <paramref name="except"/>; SSE members are skipped.</summary>
        public int BroadcastBytes(byte[] data, int offset, int count, string room, WebSocket except) => BroadcastBytes(data, offset, count, room, (IRoomMember)except);

        // The same for any member (the tests except plain members).
        internal int BroadcastBytes(byte[] data, int offset, int count, string room, IRoomMember except)
        {
            if (count > scratch.Length) return TooLarge();
            lock (broadcastLock) return BroadcastLocked(Opcode.Binary, data, offset, count, room, except, false);
        }

        /// <summary>
        /// Registers an SSE member in <paramref name="room"/> and first sends it, from the room's
        /// replay ring, every event newer than <paramref name="lastEventId"/> (the client's
        /// Last-Event-ID; negative for none). Done under the broadcast lock, so no event falls
        /// between the replay and the live stream. Returns the events replayed, or -1 when the
        /// member's connection failed. The replay is at most ServerOptions.SseReplayBytes.
        /// </summary>
        /// <summary>
        /// Registers an SSE stream and puts it in <paramref name="room"/>, first replaying the
        /// events its client missed since its Last-Event-ID. Returns the number replayed, or -1
        /// when the connection failed.
        /// </summary>
        public int Subscribe(SseStream stream, string room) => Subscribe(stream, room, stream.LastEventId);

        internal int Subscribe(IRoomMember member, string room, long lastEventId)
        {
            lock (broadcastLock)
            {
                if (!Connect(member, room)) return -1;
                if (lastEventId < 0) return 0;
                SseReplayRing ring;
                lock (stateLock) ring = rooms.ExistingRing(rooms.Find(room));
                if (ring == null) return 0;
                int sent = 0;
                for (int i = ring.IndexAfter(lastEventId); i < ring.Count; i++, sent++)
                {
                    if (!member.Outbox.Send(ring.Store, ring.OffsetAt(i), ring.LengthAt(i))) return -1;
                }

                return sent;
            }
        }

        /// <summary>The id the next broadcast will carry minus one: the newest event id so far.</summary>
        public long LastEventId => sequence;

        // Over MaxBroadcastSize: a value, not an exception, so that a handler relaying what a
        // client sent never fails (nor closes its client) because of the message's size.
        private int TooLarge()
        {
            Interlocked.Increment(ref Stats.BroadcastsTooLarge);
            return BroadcastResult.TooLarge;
        }

        // Caller holds broadcastLock, so frames leave in sequence order and the scratch is ours.
        // With queue set, frames are only queued (see QueueText) and written by the next flush.
        private int BroadcastLocked(int opcode, byte[] payload, int offset, int count, string room, IRoomMember except, bool queue)
        {
            int mask;
            SseReplayRing ring = null;
            lock (stateLock)
            {
                if (room == null) mask = allMask;
                else
                {
                    int index = rooms.Find(room);
                    mask = index < 0 ? 0 : rooms.MaskAt(index);
                    if (index >= 0 && opcode == Opcode.Text) ring = rooms.ExistingRing(index);
                }

                // Only the excepted connection itself: a later one in its slot still gets it.
                if (except != null && members[except.Slot] == except) mask &= ~(1 << except.Slot);
            }

            long id = ++sequence;
            Interlocked.Increment(ref Stats.Broadcasts);
            SharedFrame wsFrame = null;
            SharedFrame sseFrame = null;
            if (HasKind(mask, MemberKind.WebSocket)) wsFrame = EncodeWebSocket(opcode, payload, offset, count, id);
            if (opcode == Opcode.Text && (ring != null || HasKind(mask, MemberKind.Sse)))
            {
                sseFrame = EncodeSse(payload, offset, count, id);
                if (sseFrame != null && ring != null) ring.Add(id, sseFrame.Data, sseFrame.Offset, sseFrame.Length);
            }

            int reached = 0;
            for (int slot = 0; mask != 0 && slot < members.Length; slot++)
            {
                if ((mask & (1 << slot)) == 0) continue;
                mask &= ~(1 << slot);
                IRoomMember m = members[slot];
                if (m == null) continue;
                SharedFrame frame = m.Kind == MemberKind.Sse ? sseFrame : wsFrame;
                if (frame == null) continue;
                int result = queue ? QueueLocked(m, frame) : m.Outbox.Offer(frame);
                if (result == Outbox.Delivered || result == Outbox.Queued)
                {
                    reached++;
                    Interlocked.Increment(ref Stats.MessagesSent);
                    Stats.BytesSent += frame.Length;
                }
                else Drop(m, result == Outbox.Overflow);
            }

            if (wsFrame != null) wsFrame.Release();
            if (sseFrame != null) sseFrame.Release();
            return reached;
        }

        private SharedFrame EncodeWebSocket(int opcode, byte[] payload, int offset, int count, long id)
        {
            SharedFrame f = RentFrame();
            if (f == null) return null;
            // RFC 6455 5.2: a server's frames are unmasked; the header goes right before the payload.
            int headerLength = count <= 125 ? 2 : 4;
            f.Offset = HeaderRoom - headerLength;
            FrameEncoder.WriteHeader(f.Data, f.Offset, true, opcode, count);
            Array.Copy(payload, offset, f.Data, HeaderRoom, count);
            f.Length = headerLength + count;
            f.Sequence = id;
            return f;
        }

        private SharedFrame EncodeSse(byte[] payload, int offset, int count, long id)
        {
            SharedFrame f = RentFrame();
            if (f == null) return null;
            int n = SseEncoder.WriteEvent(f.Data, 0, f.Data.Length, null, id, payload, offset, count);
            if (n < 0)
            {
                // Many short lines cost more prefix bytes than FrameOverhead allows for.
                f.Release();
                return null;
            }

            f.Offset = 0;
            f.Length = n;
            f.Sequence = id;
            return f;
        }

        // A free frame; when none is free, the members still holding the oldest frame are the
        // ones furthest behind: they are dropped, which frees it.
        private SharedFrame RentFrame()
        {
            for (int attempt = 0; attempt < 50; attempt++)
            {
                SharedFrame f = pool.Rent();
                if (f != null) return f;
                if (queuedMask != 0)
                {
                    // Queued broadcasts hold the frames: write them before calling anyone slow,
                    // and give sockets that are full for a moment (a burst, a Wi-Fi retry) a few
                    // milliseconds to take them.
                    FlushLocked();
                    f = pool.Rent();
                    if (f != null) return f;
                    if (attempt < FlushGraceAttempts)
                    {
                        Thread.Sleep(1);
                        continue;
                    }
                }

                SharedFrame oldest = pool.Oldest();
                for (int slot = 0; oldest != null && slot < members.Length; slot++)
                {
                    IRoomMember m = members[slot];
                    if (m != null && m.Outbox.Holds(oldest)) Drop(m, true);
                }

                // A frame can also be held for the moment it takes a connection thread to write it.
                if (attempt > 0) Thread.Sleep(1);
            }

            Interlocked.Increment(ref Stats.BroadcastsLost);
            return null;
        }

        private void Drop(IRoomMember member, bool slow)
        {
            Disconnect(member);
            member.Outbox.Abandon();
            if (slow)
            {
                Interlocked.Increment(ref Stats.DroppedSlow);
                member.Evict(options.SlowMemberCloseCode);
            }
            else Interlocked.Increment(ref Stats.DroppedDead);
        }

        private bool HasKind(int mask, int kind)
        {
            for (int slot = 0; mask != 0 && slot < members.Length; slot++)
            {
                if ((mask & (1 << slot)) == 0) continue;
                mask &= ~(1 << slot);
                IRoomMember m = members[slot];
                if (m != null && m.Kind == kind) return true;
            }

            return false;
        }
    }
}
