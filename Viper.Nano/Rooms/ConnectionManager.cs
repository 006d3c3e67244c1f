using System;
using Viper.Nano.WebSockets;


namespace Viper.Nano.Rooms
{
    /// <summary>
    /// The guide's connection manager: registers connections (WebSocket or SSE), puts them in
    /// named rooms and broadcasts to everyone or to one room. Each server has one,
    /// ViperServer.Rooms, sized from the server's <see cref="ServerOptions"/>: members are connection slots (at most 32, one bit each),
    /// rooms are bit masks over them (at most <see cref="ServerOptions.MaxRooms"/>; creating one
    /// more throws InvalidOperationException), and queued broadcasts live in a fixed pool of
    /// <see cref="ServerOptions.BroadcastPoolFrames"/> shared frames.
    /// Thread safety: every method may be called from any thread (handlers, timers).
    /// Blocking, at most:
    /// - Connect, JoinRoom, LeaveRoom, Disconnect, IsMember, counts: one short lock, no I/O
    ///   (Connect may first send the WebSocket's 101 answer on the caller's own connection).
    /// - Broadcast*: waits for a broadcast already in progress, then encodes once and offers the
    ///   frame to each member without waiting for any of them: a member whose socket cannot
    ///   take it now gets it queued (by reference, bounded by MemberQueueBytes), and a member
    ///   over its bound or stalled for SlowMemberTimeoutMs is dropped with SlowMemberCloseCode.
    ///   A socket reported writable takes a whole frame of at most MaxBroadcastSize bytes at
    ///   once, so a write does not block. Only when every pooled frame is held does a
    ///   broadcast drop the laggards holding the oldest and wait up to ~50 ms for a frame a
    ///   connection thread is still writing.
    /// - Subscribe (SSE replay): holds the broadcast lock while it writes at most
    ///   SseReplayBytes to the new subscriber's own socket.
    /// </summary>
    public partial class ConnectionManager : IConnectionManager
    {
        private readonly IRoomMember[] members;
        private readonly RoomTable rooms;
        private readonly object stateLock = new object();
        private readonly ServerOptions options;
        private int allMask;

        /// <summary>
        /// A manager sized by <paramref name="options"/> (MaxConnections, MaxRooms, broadcast
        /// pool), already checked by ServerOptions.Validate. Only the server makes one
        /// (ViperServer.Rooms), from its own options, so the member table always matches its slots.
        /// </summary>
        internal ConnectionManager(ServerOptions options)
        {
            this.options = options;
            members = new IRoomMember[options.MaxConnections];
            rooms = new RoomTable(options.MaxRooms, options.SseReplayBytes, options.SseReplayEvents);
            pool = new FramePool(options.BroadcastPoolFrames, options.MaxBroadcastSize + FrameOverhead);
            scratch = new byte[options.MaxBroadcastSize];
            batch = new byte[options.BroadcastBatchBytes];
            Stats = new RoomStats();
        }

        /// <summary>The manager's counters.</summary>
        public RoomStats Stats { get; }

        /// <summary>Registers a WebSocket, accepting it first if the handler has not (the guide's <c>ws_manager.connect</c>); false when it could not be opened.</summary>
        public bool Connect(WebSocket ws) => Connect(ws, null);

        /// <summary>Registers a WebSocket and, when <paramref name="room"/> is not null, puts it in that room.</summary>
        public bool Connect(WebSocket ws, string room) => Connect((IRoomMember)ws, room);

        /// <summary>Puts a WebSocket in a room (registering it if needed).</summary>
        public void JoinRoom(WebSocket ws, string room) => JoinRoom((IRoomMember)ws, room);

        /// <summary>Takes a WebSocket out of a room; nothing happens when it was not in it.</summary>
        public void LeaveRoom(WebSocket ws, string room) => LeaveRoom((IRoomMember)ws, room);

        /// <summary>Unregisters a WebSocket from every room. Safe to call twice, or for one that never connected.</summary>
        public void Disconnect(WebSocket ws) => Disconnect((IRoomMember)ws);

        void IConnectionManager.Disconnect(IRoomMember member) => Disconnect(member);

        /// <summary>True while <paramref name="ws"/> is registered (a later connection in the same slot is a different member).</summary>
        public bool IsMember(WebSocket ws) => IsMember((IRoomMember)ws);

        // The same for any member, WebSocket or SSE stream (SseStream.Join and the server use these).
        internal bool Connect(IRoomMember member)
        {
            return Connect(member, null);
        }

        /// <summary>Registers a member and, when <paramref name="room"/> is not null, puts it in that room.</summary>
        internal bool Connect(IRoomMember member, string room)
        {
            if (member == null) throw new ArgumentNullException("member");
            if (!member.EnsureOpen()) return false;
            lock (stateLock)
            {
                IRoomMember current = members[member.Slot];
                if (current != null && current != member) RemoveLocked(current);
                members[member.Slot] = member;
                member.Manager = this;
                allMask |= 1 << member.Slot;
                if (room != null) JoinLocked(member, room);
            }

            return true;
        }

        /// <summary>Puts a registered member in a room (registering it if needed). Throws when MaxRooms rooms exist already.</summary>
        internal void JoinRoom(IRoomMember member, string room)
        {
            if (room == null) throw new ArgumentNullException("room");
            if (!IsMember(member)) Connect(member, room);
            else lock (stateLock) JoinLocked(member, room);
        }

        /// <summary>Takes a member out of a room; nothing happens when it was not in it.</summary>
        internal void LeaveRoom(IRoomMember member, string room)
        {
            lock (stateLock)
            {
                if (members[member.Slot] != member) return;
                int index = rooms.Find(room);
                if (index >= 0) rooms.Remove(index, member.Slot);
            }
        }

        /// <summary>Unregisters a member from every room. Safe to call twice, or for a member that never connected.</summary>
        internal void Disconnect(IRoomMember member)
        {
            if (member == null) return;
            lock (stateLock)
            {
                if (members[member.Slot] == member) RemoveLocked(member);
            }
        }

        /// <summary>True while <paramref name="member"/> is registered (a later connection in the same slot is a different member).</summary>
        internal bool IsMember(IRoomMember member)
        {
            return member != null && members[member.Slot] == member;
        }

        /// <summary>Registered members now.</summary>
        public int MemberCount
        {
            get { return BitCount(allMask); }
        }

        /// <summary>Members in <paramref name="room"/> now (0 for an unknown room).</summary>
        public int RoomMemberCount(string room)
        {
            lock (stateLock)
            {
                int index = rooms.Find(room);
                return index < 0 ? 0 : BitCount(rooms.MaskAt(index));
            }
        }

        /// <summary>The rooms that exist now, and their sizes, as parallel arrays (for stats pages).</summary>
        public int GetRooms(string[] names, int[] sizes)
        {
            int n = 0;
            lock (stateLock)
            {
                for (int i = 0; i < rooms.Capacity && n < names.Length; i++)
                {
                    if (rooms.NameAt(i) == null) continue;
                    names[n] = rooms.NameAt(i);
                    sizes[n] = BitCount(rooms.MaskAt(i));
                    n++;
                }
            }

            return n;
        }

        private void JoinLocked(IRoomMember member, string room)
        {
            int index = rooms.FindOrCreate(room);
            rooms.Add(index, member.Slot);
            if (member.Kind == MemberKind.Sse) rooms.RingFor(index);
        }

        private void RemoveLocked(IRoomMember member)
        {
            members[member.Slot] = null;
            allMask &= ~(1 << member.Slot);
            rooms.RemoveEverywhere(member.Slot);
            if (member.Manager == this) member.Manager = null;
        }

        private static int BitCount(int mask)
        {
            int n = 0;
            for (; mask != 0; mask &= mask - 1) n++;
            return n;
        }
    }
}
