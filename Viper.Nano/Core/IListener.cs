namespace Viper.Nano
{
    /// <summary>
    /// Where the server's connections come from. <see cref="SocketListener"/> is the one that
    /// listens on a TCP port; the unit tests hand the server an in-memory one, so the whole server
    /// (accept thread, slots, routes, WebSocket and SSE) runs on the nanoCLR interpreter, which has
    /// no network.
    /// </summary>
    internal interface IListener
    {
        /// <summary>The port connections arrive on (0 when there is none, as in memory).</summary>
        int Port { get; }

        /// <summary>
        /// Waits for the next connection and returns it with the client's address as text (null
        /// when unknown). Returns null when accepting failed or the listener was closed.
        /// </summary>
        ITransport Accept(out string remoteAddress);

        /// <summary>Stops listening; a blocked <see cref="Accept"/> returns null. Safe to call more than once.</summary>
        void Close();
    }
}
