using System;
using Viper.Nano.Sse;

namespace Viper.Nano.Rooms
{
    /// <summary>
    /// Named rooms as bit masks over the connection slots: membership costs one bit, so the
    /// whole table is MaxRooms names and masks, fixed at start-up. A room exists while it has
    /// members, except that a room with SSE history keeps its replay ring (and its place).
    /// Not thread-safe: the connection manager serialises access.
    /// </summary>
    internal class RoomTable
    {
        // Which entries hold a room. Occupancy is kept apart from the names because on nanoCLR an
        // element of a new string[] does not compare equal to null (and comparing it with a
        // string crashes the interpreter), so "names[i] == null" cannot mean "free".
        private readonly bool[] used;
        private readonly string[] names;
        private readonly int[] masks;
        private readonly SseReplayRing[] rings;
        private readonly int replayBytes;
        private readonly int replayEvents;

        /// <summary>A table of at most <paramref name="maxRooms"/> rooms.</summary>
        public RoomTable(int maxRooms, int replayBytes, int replayEvents)
        {
            used = new bool[maxRooms];
            names = new string[maxRooms];
            masks = new int[maxRooms];
            rings = new SseReplayRing[maxRooms];
            this.replayBytes = replayBytes;
            this.replayEvents = replayEvents;
        }

        /// <summary>The most rooms there can be.</summary>
        public int Capacity => names.Length;

        /// <summary>The room's index, or -1 when there is no room of that name.</summary>
        public int Find(string name)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (used[i] && names[i] == name) return i;
            }

            return -1;
        }

        /// <summary>The room's index, creating it if needed; throws when every room is taken.</summary>
        public int FindOrCreate(string name)
        {
            int index = Find(name);
            if (index >= 0) return index;
            for (int i = 0; i < names.Length; i++)
            {
                if (!used[i])
                {
                    used[i] = true;
                    names[i] = name;
                    masks[i] = 0;
                    return i;
                }
            }

            throw new InvalidOperationException("Room limit reached: ServerOptions.MaxRooms is " + names.Length + " (room \"" + name + "\" not created)");
        }

        /// <summary>The room's name at <paramref name="index"/>, or null for a free entry.</summary>
        public string NameAt(int index) => used[index] ? names[index] : null;

        /// <summary>The slots in the room at <paramref name="index"/>, one bit each.</summary>
        public int MaskAt(int index) => masks[index];

        /// <summary>Adds a slot to a room.</summary>
        public void Add(int index, int slot)
        {
            masks[index] |= 1 << slot;
        }

        /// <summary>Removes a slot from a room; a room left empty with no history is freed.</summary>
        public void Remove(int index, int slot)
        {
            masks[index] &= ~(1 << slot);
            if (masks[index] == 0 && rings[index] == null)
            {
                used[index] = false;
                names[index] = null;
            }
        }

        /// <summary>Removes a slot from every room.</summary>
        public void RemoveEverywhere(int slot)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (used[i]) Remove(i, slot);
            }
        }

        /// <summary>The room's SSE replay ring, created on first use (when an SSE member joins).</summary>
        public SseReplayRing RingFor(int index)
        {
            if (rings[index] == null && replayBytes > 0 && replayEvents > 0) rings[index] = new SseReplayRing(replayBytes, replayEvents);
            return rings[index];
        }

        /// <summary>The room's replay ring if it has one, or null.</summary>
        public SseReplayRing ExistingRing(int index) => rings[index];
    }
}
