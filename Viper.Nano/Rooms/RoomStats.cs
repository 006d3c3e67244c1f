namespace Viper.Nano.Rooms
{
    /// <summary>Counters of a connection manager, updated with Interlocked, read at any time.</summary>
    public class RoomStats
    {
        /// <summary>Broadcasts made (each counts once, however many members it reached).</summary>
        public int Broadcasts;

        /// <summary>Broadcast frames handed to members (written at once or queued).</summary>
        public int MessagesSent;

        /// <summary>Broadcast bytes handed to members.</summary>
        public long BytesSent;

        /// <summary>Members dropped because they could not keep up.</summary>
        public int DroppedSlow;

        /// <summary>Members removed because their connection had failed.</summary>
        public int DroppedDead;

        /// <summary>Broadcasts not sent because their payload was over ServerOptions.MaxBroadcastSize (BroadcastResult.TooLarge).</summary>
        public int BroadcastsTooLarge;

        /// <summary>Broadcasts that found no free frame even after dropping laggards (should stay 0).</summary>
        public int BroadcastsLost;
    }
}
