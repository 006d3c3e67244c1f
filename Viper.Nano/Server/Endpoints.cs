using System;
using Viper.Nano.Http;
using Viper.Nano.Rooms;
using Viper.Nano.Routing;
using Viper.Nano.Security;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Server
{
    /// <summary>
    /// Runs [WebSocketRoute] and [SseRoute] handlers on the connection the HTTP loop hands over
    /// (the server installs these as its takeover hooks). Whatever the handler does or throws,
    /// the connection leaves every room and is closed when it returns, so no ghost member and
    /// no slot outlives its client.
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
            var ws = new WebSocket(slot.Transport, slot.ReceiveBuffer, slot.SendBuffer, options, context.Request,
                route.Protocols, pendingOffset, pendingCount);
            ws.Slot = slot.Index;
            ws.Id = slot.Generation;
            ws.Stats = server.Stats;
            slot.Session = ws;
            try
            {
                route.Handler.Invoke(null, new object[] { ws });
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
                Leave(ws);
                // A handler that returns without answering the upgrade refused it.
                if (ws.State == WebSocketState.Connecting) ws.Reject(HttpStatus.Forbidden);
                else if (ws.State == WebSocketState.Open) ws.Close();
                ws.Outbox.Abandon();
                slot.Session = null;
            }
        }

        internal void RunSse(ConnectionSlot slot, HttpContext context, Route route, int pendingOffset, int pendingCount)
        {
            HttpRequest request = context.Request;
            var stream = new SseStream(slot.Transport, slot.Index, slot.SendBuffer, server.Options, LastEventId(request), request.Path);
            slot.Session = stream;
            try
            {
                bool head = request.Method == "HEAD";
                if (!stream.Start(Cors.ResponseHeaders(server.Options, request), head) || head) return;
                route.Handler.Invoke(null, new object[] { stream });
                // A stream in a room lives on until the client goes; one that is not is done.
                if (stream.Manager != null) stream.HoldOpen(slot.ReceiveBuffer);
            }
            catch (Exception)
            {
                server.Stats.CountHandlerError();
            }
            finally
            {
                Leave(stream);
                stream.Outbox.Abandon();
                stream.Close();
                slot.Session = null;
            }
        }

        private static void Leave(IRoomMember member)
        {
            ConnectionManager manager = member.Manager;
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
