namespace Viper.Nano.Rooms
{
    /// <summary>
    /// What a broadcast returns when it sent nothing. ConnectionManager's Broadcast* and Queue*
    /// methods return the number of members reached (0 or more: 0 when the room is empty), or one
    /// of these negative values. A broadcast never throws because of its payload and never closes
    /// anyone for it: a relay handler tells its sender instead (see samples/WebSocketGuide).
    /// </summary>
    public static class BroadcastResult
    {
        /// <summary>The payload is over ServerOptions.MaxBroadcastSize: nothing was sent (RoomStats.BroadcastsTooLarge counts it).</summary>
        public const int TooLarge = -1;

        /// <summary>True when <paramref name="result"/> is a count of members reached, not a refusal.</summary>
        public static bool Sent(int result)
        {
            return result >= 0;
        }
    }
}
