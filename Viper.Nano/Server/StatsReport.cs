using System.Collections;
using Viper.Nano.Rooms;

namespace Viper.Nano.Server
{
    /// <summary>
    /// The guide's connection stats as a JSON-ready Hashtable (nanoFramework.Json serialises
    /// Hashtables): connections current, accepted and refused; members per room; messages and
    /// bytes sent and received; broadcasts, and those too large to send; members dropped for slowness. Made per request
    /// (stats pages are not a hot path).
    /// </summary>
    public static class StatsReport
    {
        /// <summary>Counters of <paramref name="server"/> and <paramref name="manager"/> (either may be null).</summary>
        public static Hashtable Build(ViperServer server, ConnectionManager manager)
        {
            var report = new Hashtable();
            if (server != null)
            {
                ServerStats s = server.Stats;
                var connections = new Hashtable();
                connections["current"] = s.ConnectionsCurrent;
                connections["accepted"] = s.ConnectionsAccepted;
                connections["refused"] = s.ConnectionsRefused;
                report["connections"] = connections;
                report["requests"] = s.Requests;
                report["messagesReceived"] = s.MessagesReceived;
                report["bytesReceived"] = s.BytesReceived;
            }

            if (manager != null)
            {
                RoomStats r = manager.Stats;
                report["members"] = manager.MemberCount;
                var rooms = new Hashtable();
                string[] names = new string[16];
                int[] sizes = new int[16];
                int n = manager.GetRooms(names, sizes);
                for (int i = 0; i < n; i++) rooms[names[i]] = sizes[i];
                report["rooms"] = rooms;
                report["broadcasts"] = r.Broadcasts;
                report["broadcastsTooLarge"] = r.BroadcastsTooLarge;
                report["messagesSent"] = r.MessagesSent;
                report["bytesSent"] = r.BytesSent;
                report["droppedSlow"] = r.DroppedSlow;
                report["droppedDead"] = r.DroppedDead;
            }

            return report;
        }
    }
}
