namespace Viper.Nano
{
    /// <summary>What a member of a room is made of: a WebSocket or an SSE subscriber.</summary>
    internal static class MemberKind
    {
        /// <summary>Receives broadcasts as WebSocket frames.</summary>
        public const int WebSocket = 0;

        /// <summary>Receives broadcasts as text/event-stream events.</summary>
        public const int Sse = 1;
    }

    /// <summary>
    /// A connection that can join rooms. WebSockets and SSE streams both implement it, so one
    /// broadcast reaches both kinds, each encoded once for all members of its kind.
    /// </summary>
    internal interface IRoomMember
    {
        /// <summary>The connection slot (0 .. MaxConnections - 1); at most one live member per slot.</summary>
        int Slot { get; }

        /// <summary>A <see cref="MemberKind"/> value.</summary>
        int Kind { get; }

        /// <summary>Every write to the connection goes through it.</summary>
        Outbox Outbox { get; }

        /// <summary>The manager the member is registered with, so the server can remove it when its connection ends.</summary>
        IConnectionManager Manager { get; set; }

        /// <summary>Completes the protocol's opening (a WebSocket's Accept) if not done yet; false when the member is not usable.</summary>
        bool EnsureOpen();

        /// <summary>
        /// Ends the connection from another thread because it cannot keep up; must not block.
        /// A WebSocket records <paramref name="closeCode"/> as its close status.
        /// </summary>
        void Evict(int closeCode);
    }
}
