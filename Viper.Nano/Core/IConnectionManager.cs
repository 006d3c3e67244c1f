namespace Viper.Nano
{
    /// <summary>
    /// What a room member sees of the <c>Rooms.ConnectionManager</c> it is registered with. It
    /// lives here, below the codecs, so that WebSockets and SSE streams can reach their manager
    /// without depending on Rooms (which depends on them).
    /// </summary>
    internal interface IConnectionManager
    {
        /// <summary>True when broadcasts queued with Queue* wait for <see cref="Flush"/>.</summary>
        bool HasQueued { get; }

        /// <summary>Sends the queued broadcasts as batches; a relay calls it before it waits for input.</summary>
        void Flush();

        /// <summary>Removes <paramref name="member"/> from every room (its connection has ended).</summary>
        void Disconnect(IRoomMember member);
    }
}
