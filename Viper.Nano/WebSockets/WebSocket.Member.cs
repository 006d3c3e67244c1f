
namespace Viper.Nano.WebSockets
{
    /// <summary>A WebSocket as a member of the connection manager's rooms.</summary>
    public sealed partial class WebSocket : IRoomMember
    {
        /// <summary>The connection slot the server runs this socket in (rooms are masks over slots).</summary>
        internal int Slot { get; set; }

        /// <summary>Always <see cref="MemberKind.WebSocket"/>.</summary>
        int IRoomMember.Kind => MemberKind.WebSocket;

        int IRoomMember.Slot => Slot;

        Outbox IRoomMember.Outbox => _outbox;

        IConnectionManager IRoomMember.Manager
        {
            get { return Manager; }
            set { Manager = value; }
        }

        /// <summary>Every frame to the client goes through it, broadcasts included.</summary>
        internal Outbox Outbox => _outbox;

        /// <summary>The manager this socket is registered with; the server disconnects it when the connection ends.</summary>
        internal IConnectionManager Manager; // a field: Receive reads it once per message

        /// <summary>Accepts the upgrade if the handler has not yet (the guide's manager.connect does); true when open.</summary>
        bool IRoomMember.EnsureOpen() => EnsureOpen();

        internal bool EnsureOpen()
        {
            if (State == WebSocketState.Connecting) Accept();
            return State == WebSocketState.Open;
        }

        /// <summary>
        /// The server is stopping: sends Close 1001 (Going Away, RFC 6455 section 7.4.1) once the
        /// connection is open, without waiting for the answer; the handler's Receive completes
        /// the handshake and reports 1001. Safe to call again (nothing more is sent).
        /// </summary>
        internal void GoAway()
        {
            if (_connection.State == WebSocketState.Open) _connection.StartClose(CloseStatus.GoingAway, "server stopping");
        }

        /// <summary>Drops a member that cannot keep up, from the broadcasting thread, without waiting.</summary>
        void IRoomMember.Evict(int closeCode) => Evict(closeCode);

        internal void Evict(int closeCode)
        {
            _connection.Evict(closeCode);
        }
    }
}
