using System;
using System.Collections;
using System.Threading;
using Viper.Nano.Http;
using Viper.Nano.Rooms;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Viper.Nano.Sse;
using Viper.Nano.Text;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Samples.WebSocketGuide
{
    /// <summary>
    /// Every route of the WebSocket guide (../shared/seed/websocket-guide.txt), in C# for the
    /// device: echo, a chat room with the connection manager, room management, sub-protocol
    /// negotiation, the guarded loop, connection stats, SSE for clients without WebSocket,
    /// and OpenAPI docs that list the WebSocket routes.
    /// </summary>
    public static class GuideRoutes
    {
        private static readonly byte[] PostStart = Utf8.Encoding.GetBytes("{\"user\":\"anon\",\"text\":\"");
        private static ConnectionManager manager;
        private static ViperServer server;
        private static Timer ticker;
        private static int ticks;

        /// <summary>The guide's ws_manager.</summary>
        public static ConnectionManager Manager => manager;

        /// <summary>Starts the server with the guide's routes and a heartbeat for /events.</summary>
        public static ViperServer Start(ServerOptions options)
        {
            SecureRoutes.Configure(options);
            server = new ViperServer(options);
            server.AddRoutes(typeof(GuideRoutes));
            server.AddRoutes(typeof(SecureRoutes));
            server.AddOpenApi("WebSocketGuide", "1.0");
            server.Start();
            manager = server.Rooms;
            ticker = new Timer(Tick, null, 1000, 1000);
            return server;
        }

        /// <summary>Stops the heartbeat and the server.</summary>
        public static void Stop()
        {
            if (ticker != null) ticker.Dispose();
            if (server != null) server.Stop();
        }

        private static void Tick(object state)
        {
            ticks++;
            var beat = new Hashtable();
            beat["heartbeat"] = ticks;
            manager.BroadcastJson(beat, "ticks");
        }

        /// <summary>Basic WebSocket route: echoes every text message.</summary>
        [WebSocketRoute("/ws/echo")]
        [Summary("Echoes each text message back as \"echo:<text>\"")]
        public static void Echo(WebSocket ws)
        {
            ws.Accept();
            while (true)
            {
                WebSocketMessage msg = ws.Receive();
                if (msg.Type == MessageType.Close) break;
                ws.SendText("echo:" + msg.Text);
            }
        }

        /// <summary>The chat: every message goes to the room "general" as JSON.</summary>
        [WebSocketRoute("/ws/chat")]
        [Summary("Chat room \"general\": each text message is broadcast as {\"user\",\"text\"}")]
        public static void Chat(WebSocket ws)
        {
            manager.Connect(ws, "general");
            byte[] post = new byte[server.Options.MaxBroadcastSize];
            try
            {
                while (true)
                {
                    WebSocketMessage msg = ws.Receive();
                    if (msg.Type == MessageType.Close) break;
                    int length = WritePost(msg, post);
                    int sent = length < 0 ? BroadcastResult.TooLarge : manager.BroadcastText(post, 0, length, "general");
                    if (!BroadcastResult.Sent(sent)) ws.SendText("{\"error\":\"message too long for the room\"}");
                }
            }
            finally
            {
                manager.Disconnect(ws);
            }
        }

        // {"user":"anon","text":"..."} with the message's UTF-8 escaped in place, or -1 when it
        // does not fit. With the default options it always fits (see ServerOptions.MaxBroadcastSize).
        private static int WritePost(WebSocketMessage msg, byte[] post)
        {
            int n = PostStart.Length;
            Array.Copy(PostStart, post, n);
            if (msg.Type == MessageType.Text) n = JsonEscape.Write(msg.Buffer, msg.Offset, msg.Count, post, n, post.Length - 2);
            if (n < 0) return -1;
            post[n++] = (byte)'"';
            post[n++] = (byte)'}';
            return n;
        }

        /// <summary>Room management: "join NAME" and "leave NAME" messages; anything else goes to the rooms joined.</summary>
        [WebSocketRoute("/ws/rooms")]
        [Summary("Send \"join NAME\" / \"leave NAME\"; other text is broadcast to \"notifications\"")]
        public static void Rooms(WebSocket ws)
        {
            manager.Connect(ws);
            try
            {
                while (true)
                {
                    WebSocketMessage msg = ws.Receive();
                    if (msg.Type == MessageType.Close) break;
                    string text = msg.Text;
                    if (text.StartsWith("join ")) manager.JoinRoom(ws, text.Substring(5));
                    else if (text.StartsWith("leave ")) manager.LeaveRoom(ws, text.Substring(6));
                    else if (!BroadcastResult.Sent(manager.BroadcastText(text, "notifications"))) ws.SendText("too long to broadcast");
                }
            }
            finally
            {
                manager.Disconnect(ws);
            }
        }

        /// <summary>Protocol negotiation: the server's first supported protocol that the client offered.</summary>
        [WebSocketRoute("/ws/mqtt", "mqtt mqttv5")]
        [Summary("Sub-protocols mqtt and mqttv5; replies with the chosen one")]
        public static void Mqtt(WebSocket ws)
        {
            ws.Accept();
            ws.SendText("protocol:" + (ws.Subprotocol ?? "none"));
            while (ws.Receive().Type != MessageType.Close)
            {
            }
        }

        /// <summary>Error handling: the loop is wrapped so the manager is always cleaned up.</summary>
        [WebSocketRoute("/ws/safe")]
        [Summary("Guarded loop: echoes bytes messages, always disconnects")]
        public static void Safe(WebSocket ws)
        {
            manager.Connect(ws);
            try
            {
                while (true)
                {
                    WebSocketMessage msg = ws.Receive();
                    if (msg.Type == MessageType.Close) break;
                    if (msg.Type == MessageType.Bytes) ws.SendBytes(msg.Buffer, msg.Offset, msg.Count);
                }
            }
            finally
            {
                manager.Disconnect(ws);
            }
        }

        /// <summary>Connection stats as JSON.</summary>
        [HttpGet("/stats")]
        [Summary("Connections, rooms, messages and bytes")]
        public static void Stats(HttpContext context)
        {
            context.Response.WriteJson(StatsReport.Build(server, manager));
        }

        /// <summary>SSE: the heartbeat counter and the chat room's messages.</summary>
        [SseRoute("/events")]
        [Summary("Heartbeat counter and chat messages as Server-Sent Events")]
        public static void Events(SseStream stream)
        {
            manager.Subscribe(stream, "ticks");
            manager.Subscribe(stream, "general");
        }
    }
}
