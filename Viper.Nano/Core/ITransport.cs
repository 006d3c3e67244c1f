namespace Viper.Nano
{
    /// <summary>
    /// The byte pipe under one connection. <see cref="SocketTransport"/> is the only implementation
    /// that touches a socket; protocol code (HTTP, WebSocket, SSE) sees only this interface, so it
    /// runs unchanged over an in-memory pipe in the unit tests, which also run on the nanoCLR
    /// emulator where there is no network.
    /// </summary>
    internal interface ITransport
    {
        /// <summary>
        /// Reads what has arrived, up to <paramref name="count"/> bytes, waiting at most
        /// <paramref name="timeoutMs"/> milliseconds (0 = do not wait).
        /// Returns the number of bytes read (at least 1), <see cref="TransportResult.TimedOut"/>
        /// when nothing arrived in time, or <see cref="TransportResult.Closed"/> when the peer
        /// closed or the connection failed. Never throws for network failures.
        /// </summary>
        int Receive(byte[] buffer, int offset, int count, int timeoutMs);

        /// <summary>
        /// Writes all <paramref name="count"/> bytes. Returns false when the peer is gone or the
        /// write did not complete within the transport's send timeout; after a false return the
        /// stream may hold a partial write, so the caller must treat the connection as dead.
        /// </summary>
        bool Send(byte[] buffer, int offset, int count);

        /// <summary>True when a send of a small frame would not block right now.</summary>
        bool CanSend();

        /// <summary>True until <see cref="Close"/> is called or a receive or send has failed.</summary>
        bool IsOpen { get; }

        /// <summary>Closes the connection; safe to call more than once.</summary>
        void Close();
    }

    /// <summary>Special return values of <see cref="ITransport.Receive"/>.</summary>
    internal static class TransportResult
    {
        /// <summary>The peer closed the connection or it failed.</summary>
        public const int Closed = 0;

        /// <summary>Nothing arrived within the timeout; the connection is still open.</summary>
        public const int TimedOut = -1;
    }
}
