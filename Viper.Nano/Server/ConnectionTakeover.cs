using Viper.Nano.Http;
using Viper.Nano.Routing;

namespace Viper.Nano.Server
{
    /// <summary>
    /// Hands a connection to another protocol layer (WebSocket, SSE) once a route of that kind has
    /// matched. Called on the slot's own thread, with the parsed request in
    /// <paramref name="context"/> (the response is ready but unused) and the route with its path
    /// parameters. <paramref name="pendingOffset"/> and <paramref name="pendingCount"/> locate
    /// bytes the client already sent after the request head, in
    /// <see cref="ConnectionSlot.ReceiveBuffer"/>: they belong to the new protocol. The layer owns
    /// <see cref="ConnectionSlot.Transport"/> and both buffers until it returns; then the server
    /// closes the connection and frees the slot. An exception is caught and counted.
    /// </summary>
    internal delegate void ConnectionTakeover(ConnectionSlot slot, HttpContext context, Route route, int pendingOffset, int pendingCount);
}
