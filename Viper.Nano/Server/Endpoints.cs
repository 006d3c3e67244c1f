using System;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.WebSockets;
using Viper.Nano.Rooms;
using Viper.Nano.Security;
using Viper.Nano.Sse;

namespace Viper.Nano.Server
{
    /// <summary>
    /// Runs [WebSocketRoute] and [SseRoute] handlers on the connection the HTTP loop hands over
    /// (the server installs these as its takeover hooks). A WebSocket whose handler set
    /// <c>OnMessage</c>, and an SSE stream that joined a room, are parked when the handler
    /// returns: the slot keeps the connection and the poll thread serves it (<see cref="Poll"/>)
    /// until it ends. Otherwise, whatever the handler does or throws, the connection leaves every
    /// room and is closed when it returns, so no ghost member and no slot outlives its client.
    /// </summary>
    internal sealed class Endpoints
    {
        private readonly ViperServer server;

        internal Endpoints(ViperServer server)
        {
            this.server = server;
        }

        internal void RunWebSocket(ConnectionSlot slot, HttpContext context, Route route, int pendingOffset, int pendingCount)
        {
            ServerOptions options = server.Options;
            // The client's objects and the handler's frames need memory: refuse while a clean
            // answer is still possible (503 with Retry-After) rather than fail halfway.
            if (!server.MemoryAllows(UpgradeBytes))
            {
                RefuseShortOfMemory(slot);
                return;
            }

            var ws = new WebSocket(slot.Transport, slot.ReceiveBuffer, slot.SendBuffer, options, context.Request,
                route.Protocols, pendingOffset, pendingCount);
            ws.Slot = slot.Index;
            ws.Id = slot.Generation;
            ws.Stats = server.Stats;
            bool parked = false;
            slot.Session = ws;
            try
            {
                route.Handler.Invoke(null, new object[] { ws });
                parked = ws.OnMessage != null && ws.State != WebSocketState.Closed;
            }
            catch (OutOfMemoryException)
            {
                // RFC 6455 7.4 / IANA 1013 Try Again Later: the server is short of memory now.
                if (ws.State == WebSocketState.Connecting) ws.Reject(HttpStatus.ServiceUnavailable);
                else if (ws.State == WebSocketState.Open) ws.Close(CloseStatus.TryAgainLater, null);
            }
            catch (Exception)
            {
                server.Stats.CountHandlerError();
                // RFC 6455 7.4.1: 1011, the server met a condition that kept it from going on.
                if (ws.State == WebSocketState.Connecting) ws.Reject(HttpStatus.InternalServerError);
                else if (ws.State == WebSocketState.Open) ws.Close(CloseStatus.InternalServerError, "handler error");
            }
            finally
            {
                // Parked, it stays the slot's session: the poll thread serves it once the worker
                // has let go, and Stop sends it a Close 1001.
                if (!parked)
                {
                    EndWebSocket(ws);
                    slot.Session = null;
                }
            }
        }

        // What an upgrade or a new SSE subscriber takes for a moment beyond the reserve: the
        // socket's objects (about 1.7 KB on nanoCLR), the handshake's SHA-1 and strings, a
        // room's SSE replay ring (about 1.3 KB, once), the handler's frames.
        private const int UpgradeBytes = 2048;

        private static readonly byte[] Unavailable = HttpChars.AsciiBytes(
            "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        private void RefuseShortOfMemory(ConnectionSlot slot)
        {
            server.Stats.CountResponse(HttpStatus.ServiceUnavailable);
            slot.Transport.Send(Unavailable, 0, Unavailable.Length);
        }

        private static void EndWebSocket(WebSocket ws)
        {
            Leave(ws);
            // A handler that returns without answering the upgrade refused it.
            if (ws.State == WebSocketState.Connecting) ws.Reject(HttpStatus.Forbidden);
            else if (ws.State == WebSocketState.Open) ws.Close();
            ws.Outbox.Abandon();
        }

        internal void RunSse(ConnectionSlot slot, HttpContext context, Route route, int pendingOffset, int pendingCount)
        {
            // A subscriber needs its stream, a room's replay ring the first time, the handler's
            // frames: as for an upgrade, refuse with 503 while that is still possible.
            if (!server.MemoryAllows(UpgradeBytes))
            {
                RefuseShortOfMemory(slot);
                return;
            }

            HttpRequest request = context.Request;
            var stream = new SseStream(slot.Transport, slot.Index, slot.SendBuffer, server.Options, LastEventId(request), request.Path);
            bool parked = false;
            slot.Session = stream;
            try
            {
                bool head = request.Method == "HEAD";
                if (!stream.Start(Cors.ResponseHeaders(server.Options, request), head) || head) return;
                route.Handler.Invoke(null, new object[] { stream });
                // A stream in a room lives on until the client goes; one that is not is done.
                parked = stream.Manager != null;
            }
            catch (Exception)
            {
                server.Stats.CountHandlerError();
            }
            finally
            {
                if (!parked)
                {
                    stream.Finish();
                    slot.Session = null;
                }
            }
        }

        /// <summary>Serves a parked connection without blocking; false when it has ended.</summary>
        internal bool Poll(ConnectionSlot slot)
        {
            object parked = slot.Session;
            if (parked is WebSocket ws) return ws.PollEvents();
            if (parked is SseStream stream) return stream.Poll(slot.ReceiveBuffer, 0);
            return false;
        }

        /// <summary>Ends a parked connection: out of every room, queued broadcasts released.</summary>
        internal void EndParked(ConnectionSlot slot)
        {
            object parked = slot.Session;
            if (parked is WebSocket ws) EndWebSocket(ws);
            else if (parked is SseStream stream) stream.Finish();
            slot.Session = null;
        }

        private static void Leave(IRoomMember member)
        {
            IConnectionManager manager = member.Manager;
            if (manager != null) manager.Disconnect(member);
        }

        // The SSE spec's Last-Event-ID; ours are decimal sequence numbers, anything else is none.
        private static long LastEventId(HttpRequest request)
        {
            string value = request.GetHeader("Last-Event-ID");
            if (value == null || value.Length == 0 || value.Length > 18) return -1;
            long id = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < '0' || c > '9') return -1;
                id = id * 10 + (c - '0');
            }

            return id;
        }
    }
}
