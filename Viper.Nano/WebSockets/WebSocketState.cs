namespace Viper.Nano.WebSockets
{
    /// <summary>The life of a connection (RFC 6455 sections 4 and 7).</summary>
    public enum WebSocketState
    {
        /// <summary>The upgrade request arrived; the handler has not answered it yet.</summary>
        Connecting = 0,

        /// <summary>Accepted: messages flow both ways.</summary>
        Open = 1,

        /// <summary>This side sent Close and waits for the peer's Close; nothing more can be sent.</summary>
        CloseSent = 2,

        /// <summary>The peer sent Close; the answer is on its way.</summary>
        CloseReceived = 3,

        /// <summary>Both Close frames were exchanged, or the connection failed or was refused.</summary>
        Closed = 4,
    }
}
