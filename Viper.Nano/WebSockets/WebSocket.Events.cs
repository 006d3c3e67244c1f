using System;
using System.Threading;

namespace Viper.Nano.WebSockets
{
    /// <summary>Called with each message of an event-style WebSocket (see <see cref="WebSocket.OnMessage"/>).</summary>
    public delegate void WebSocketMessageHandler(WebSocket ws, WebSocketMessage message);

    /// <summary>
    /// The event style: a handler that sets <see cref="OnMessage"/> and returns leaves the
    /// connection open, and the server's poll thread reads it from then on. No thread waits for
    /// the client, so an idle client costs only its slot's buffers and its objects (1.9 KB,
    /// measured on nanoCLR, against about 6.9 KB for a blocking Receive loop and the worker thread
    /// it holds: firmware-notes/memory-budget.md).
    /// </summary>
    public sealed partial class WebSocket
    {
        /// <summary>
        /// Set it in the route handler (after Accept, or let ConnectionManager.Connect accept)
        /// to switch this socket to the event style: when the handler returns the connection
        /// stays open, and each message is passed to this delegate on the server's poll thread,
        /// which serves every event-style client in turn: keep it short and never block in it
        /// (no Receive; Close starts the closing handshake and returns). The last call carries
        /// the Close message (MessageType.Close, with its code); then the socket leaves its rooms
        /// and the slot is freed. Pings, keepalive and queued broadcasts are handled as in Receive.
        /// The message object and its bytes are valid only during the call; Request is valid
        /// only while the route handler runs.
        /// </summary>
        public WebSocketMessageHandler OnMessage;

        /// <summary>
        /// Called by the server's poll thread: reads what has arrived without waiting, passes
        /// each message to <see cref="OnMessage"/>. False once the connection has ended (after
        /// the Close message has been passed on).
        /// </summary>
        internal bool PollEvents()
        {
            Monitor.Enter(_receiver);
            try
            {
                _receiver.Manager = Manager;
                while (true)
                {
                    WebSocketMessage message = _receiver.Next(true, false);
                    if (message == null) return true;
                    bool closed = message.Type == MessageType.Close;
                    if (!closed && Stats != null) Stats.MessageReceived(message.Count);
                    Deliver(message);
                    if (closed) return false;
                }
            }
            finally
            {
                Monitor.Exit(_receiver);
            }
        }

        private void Deliver(WebSocketMessage message)
        {
            WebSocketMessageHandler handler = OnMessage;
            if (handler == null) return;
            try
            {
                handler(this, message);
            }
            catch (OutOfMemoryException)
            {
                // IANA 1013 Try Again Later: this client may come back when memory has freed.
                if (message.Type != MessageType.Close) Close(CloseStatus.TryAgainLater, null);
            }
            catch (Exception)
            {
                if (Stats != null) Stats.CountHandlerError();
                // RFC 6455 7.4.1: 1011, the server met a condition that kept it from going on.
                if (message.Type != MessageType.Close) Close(CloseStatus.InternalServerError, "handler error");
            }
        }
    }
}
