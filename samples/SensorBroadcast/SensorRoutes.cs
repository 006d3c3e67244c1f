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
            Build(serverOptions, options, sensor, indexPage);
            server.Start();
            StartSampler();
            return server;
        }

        /// <summary>
        /// Once the server built by <see cref="Build"/> has started: takes its rooms (the server
        /// owns them) and starts the sampler that broadcasts to them. <see cref="Start"/> calls it.
        /// </summary>
        public static void StartSampler()
        {
            manager = server.Rooms;
            sampler.Start();
        }

        /// <summary>
        /// What <see cref="Start"/> does before starting the server and the sampler: the capacity
        /// run (host/tools/capacity-run) starts the server itself, over in-memory connections,
        /// then calls <see cref="StartSampler"/>.
        /// </summary>
        public static ViperServer Build(ServerOptions serverOptions, SensorBroadcastOptions options, ISensor sensor, IResponseContent indexPage)
        {
            page = indexPage;
            room = options.RoomName;
            sampler = new SensorSampler(sensor, options);
            // Room for a few readings: /api/readings streams the ring through it in chunks.
            json = new byte[4 * (sampler.Json.MaxReadingBytes + 1)];
            sampler.Published = Publish;
            server = new ViperServer(serverOptions);
            server.AddRoutes(typeof(SensorRoutes));
            server.AddOpenApi("SensorBroadcast", "1.0");
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
                // Chunked, a few readings at a time: a buffer for the whole ring would cost 5 KB
                // of a WROOM's heap for good. The readings present now are sent, oldest first.
                HttpResponse response = context.Response;
                response.BeginChunked("application/json");
                int last = sampler.Ring.LastSequence;
                int after = last - sampler.Ring.Capacity;
                bool first = true;
                json[0] = (byte)'[';
                int n = 1 + sampler.Json.WriteSince(sampler.Ring, ref after, last, true, json, 1, json.Length - 1);
                while (n > 0)
                {
                    response.WriteChunk(json, 0, n);
                    first = false;
                    n = sampler.Json.WriteSince(sampler.Ring, ref after, last, first, json, 0, json.Length);
                }

                json[0] = (byte)']';
                response.WriteChunk(json, 0, 1);
                response.EndChunked();
            }
        }

        /// <summary>Server and room counters.</summary>
        [HttpGet("/stats")]
        [Summary("Connections, rooms, messages and bytes")]
        public static void Stats(HttpContext context)
        {
            context.Response.WriteJson(StatsReport.Build(server, manager));
        }

        /// <summary>
        /// Live readings over WebSocket: joins the room and returns. The handler is in the event
        /// style (OnMessage): no thread waits for the client, which costs its slot and 1.9 KB
        /// instead of about 6.9 KB with a blocking Receive loop and the worker thread it holds
        /// (measured on the interpreter: firmware-notes/memory-budget.md);
        /// the server leaves the room for it when it closes.
        /// </summary>
        [WebSocketRoute("/ws/sensors")]
        [Summary("Live readings, one JSON text message per reading")]
        public static void Live(WebSocket ws)
        {
            if (manager.Connect(ws, room)) ws.OnMessage = IgnoreMessage;
        }

        // The stream is one-way; anything the page sends is ignored.
        private static void IgnoreMessage(WebSocket ws, WebSocketMessage message)
        {
        }

        /// <summary>Live readings over SSE, replaying what a reconnecting client missed.</summary>
        [SseRoute("/events")]
        [Summary("Live readings as Server-Sent Events (Last-Event-ID replay)")]
        public static void Events(SseStream stream)
        {
            manager.Subscribe(stream, room);
        }
    }
}
