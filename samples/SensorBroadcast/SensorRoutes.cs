using Viper.Nano.Http;
using Viper.Nano.Rooms;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// The sample's routes, the same on the board and in the PC simulator: the live page, the
    /// readings as JSON, the live stream over WebSocket (room "sensors") with SSE as the fallback,
    /// and the server's stats. <see cref="Start"/> wires them to a sensor and starts everything.
    /// </summary>
    public static class SensorRoutes
    {
        private static readonly object JsonLock = new object();
        private static SensorSampler sampler;
        private static ConnectionManager manager;
        private static IResponseContent page;
        private static string room;
        private static byte[] json;
        private static ViperServer server;

        /// <summary>The rooms and broadcasts of the running sample.</summary>
        public static ConnectionManager Manager => manager;

        /// <summary>The running sampler (for tests and the simulator's console).</summary>
        public static SensorSampler Sampler => sampler;

        /// <summary>
        /// Starts the server with these routes, OpenAPI docs at /openapi.json and /docs, and the
        /// sampler that broadcasts each reading to the room. Returns the running server.
        /// </summary>
        public static ViperServer Start(ServerOptions serverOptions, SensorBroadcastOptions options, ISensor sensor, IResponseContent indexPage)
        {
            page = indexPage;
            room = options.RoomName;
            sampler = new SensorSampler(sensor, options);
            json = new byte[sampler.Json.MaxArrayBytes(options.RingCapacity)];
            sampler.Published = Publish;
            server = new ViperServer(serverOptions);
            server.AddRoutes(typeof(SensorRoutes));
            server.AddOpenApi("SensorBroadcast", "1.0");
            server.Start();
            manager = server.Rooms;
            sampler.Start();
            return server;
        }

        /// <summary>Stops the sampler and the server.</summary>
        public static void Stop()
        {
            if (sampler != null) sampler.Stop();
            if (server != null) server.Stop();
        }

        // Called on the sampler's timer: one encode, every member of the room. A reading is far
        // under MaxBroadcastSize; one that is not is skipped, and /stats counts it
        // (broadcastsTooLarge) rather than the timer's thread failing.
        private static void Publish(byte[] reading, int offset, int count)
        {
            if (!BroadcastResult.Sent(manager.BroadcastText(reading, offset, count, room))) TooLarge++;
        }

        /// <summary>Readings not broadcast because they were over ServerOptions.MaxBroadcastSize (0 with the defaults).</summary>
        public static int TooLarge;

        /// <summary>The live page.</summary>
        [HttpGet("/")]
        [Summary("The live page: a chart of recent readings over WebSocket, or SSE as a fallback")]
        public static void Index(HttpContext context)
        {
            context.Response.WriteContent(page, "text/html; charset=utf-8");
        }

        /// <summary>The newest reading.</summary>
        [HttpGet("/api/readings/latest")]
        [Summary("The newest reading: {\"value\", \"unit\", \"ts\", \"seq\"}")]
        public static void Latest(HttpContext context)
        {
            lock (JsonLock)
            {
                int n = sampler.Json.WriteLatest(sampler.Ring, json, 0, json.Length);
                if (n <= 0)
                {
                    context.Response.Status = 503;
                    context.Response.SetHeader("Retry-After", "1");
                    context.Response.WriteText("no reading yet");
                    return;
                }

                context.Response.WriteJsonRaw(json, 0, n);
            }
        }

        /// <summary>The recent readings, oldest first.</summary>
        [HttpGet("/api/readings")]
        [Summary("Recent readings, oldest first (a fixed ring)")]
        public static void Readings(HttpContext context)
        {
            lock (JsonLock)
            {
                int n = sampler.Json.WriteArray(sampler.Ring, json, 0, json.Length);
                context.Response.WriteJsonRaw(json, 0, n);
            }
        }

        /// <summary>Server and room counters.</summary>
        [HttpGet("/stats")]
        [Summary("Connections, rooms, messages and bytes")]
        public static void Stats(HttpContext context)
        {
            context.Response.WriteJson(StatsReport.Build(server, manager));
        }

        /// <summary>Live readings over WebSocket: joins the room and stays until the client closes.</summary>
        [WebSocketRoute("/ws/sensors")]
        [Summary("Live readings, one JSON text message per reading")]
        public static void Live(WebSocket ws)
        {
            if (!manager.Connect(ws, room)) return;
            try
            {
                while (ws.Receive().Type != MessageType.Close)
                {
                    // The stream is one-way; anything the page sends is ignored.
                }
            }
            finally
            {
                manager.Disconnect(ws);
            }
        }

        /// <summary>Live readings over SSE, replaying what a reconnecting client missed.</summary>
        [SseRoute("/events")]
        [Summary("Live readings as Server-Sent Events (Last-Event-ID replay)")]
        public static void Events(SseStream stream)
        {
            stream.Join(manager, room);
        }
    }
}
