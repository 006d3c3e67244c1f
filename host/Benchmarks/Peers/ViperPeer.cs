using System.Threading.Tasks;
using Viper.Nano.Http;
using Viper.Nano.Rooms;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>
    /// Viper.Nano's own server as a peer: this executable with <c>--serve-viper 0</c>, in a
    /// child process like Kestrel, so that its allocated bytes per operation are the server's
    /// alone.
    /// </summary>
    public sealed class ViperPeer : ChildProcessPeer
    {
        /// <summary>The argument that turns this executable into the Viper.Nano peer.</summary>
        public const string ServeOption = "--serve-viper";

        /// <summary>
        /// The peer with the library's default sizes, or <paramref name="scale"/> times its buffers
        /// and broadcast bounds (--viper-scale); /ws/room relays with BroadcastText, one send per
        /// member per message, when <paramref name="immediateRelay"/> (--viper-relay broadcast).
        /// </summary>
        public ViperPeer(int scale, bool immediateRelay)
            : base("viper", SelfLaunch.FileName, SelfLaunch.Arguments(ServeOption, "0"),
                new System.Collections.Generic.Dictionary<string, string>
                {
                    [ViperApp.ScaleVariable] = scale.ToString(),
                    [ViperApp.RelayVariable] = immediateRelay ? "broadcast" : "queue",
                }, answersStats: true)
        {
        }

        public override string SkipReason => ViperApp.Pending;
    }

    /// <summary>
    /// Viper.Nano serving the benchmark's three routes, in this process: used by
    /// <c>--serve-viper</c> and by the in-process memory-per-connection probe.
    /// </summary>
    public static class ViperApp
    {
        /// <summary>
        /// Connection slots of the load peer: the broadcast test holds 17 connections at once
        /// (16 members + the sender), and slots from the previous test may still be closing
        /// when the next one connects. 32 is also the most a room's slot mask can address.
        /// </summary>
        public const int LoadSlots = 32;

        /// <summary>Why Viper.Nano can't be measured, or null when it can (a field, not a const, so null compiles without unreachable-code warnings).</summary>
        public static readonly string Pending = null;

        /// <summary>
        /// The options of every Viper.Nano server in the harness: the library's defaults (buffers,
        /// timeouts, keepalive pings, broadcast pool and queue bounds) except what a loopback
        /// benchmark can't run with: one address holds every connection, so the per-address slot
        /// cap (4) and request rate limit (20/s) are off, and <paramref name="slots"/> slots.
        /// </summary>
        public static ServerOptions Options(int port, int slots)
        {
            var o = new ServerOptions();
            o.Port = port;
            o.MaxConnections = slots;
            // The peer's handlers loop on Receive(): a worker per slot, as the other peers
            // give every connection a thread or task of its own.
            o.WorkerThreads = slots;
            o.MaxConnectionsPerAddress = 0;
            o.RatePerSecond = 0;
            o.ListenBacklog = 64;
            // The broadcast scenario relays 256-byte messages (the device default is 128).
            o.MaxMessageSize = 256;
            // A room is a 32-bit mask of slots: the memory probe's larger servers have no rooms.
            if (slots > 32) o.MaxRooms = 0;
            int scale = Scale;
            if (scale > 1)
            {
                // --viper-scale: the memory a PC server would spend, to show what batching does with it.
                o.ReceiveBufferSize *= scale;
                o.SendBufferSize *= scale;
                o.BroadcastBatchBytes *= scale;
                o.BroadcastPoolFrames *= scale;
                o.MemberQueueBytes *= scale;
            }

            return o;
        }

        /// <summary>The environment variable that carries --viper-scale to the child process.</summary>
        public const string ScaleVariable = "VIPER_BENCH_SCALE";

        /// <summary>The environment variable that carries --viper-relay to the child process.</summary>
        public const string RelayVariable = "VIPER_BENCH_RELAY";

        /// <summary>True when /ws/room writes each message to each member at once (BroadcastText) instead of queueing it (QueueText).</summary>
        public static bool ImmediateRelay => System.Environment.GetEnvironmentVariable(RelayVariable) == "broadcast";

        /// <summary>The --viper-scale of this process (1: the library's defaults).</summary>
        public static int Scale => int.TryParse(System.Environment.GetEnvironmentVariable(ScaleVariable), out int k) && k > 1 ? k : 1;

        /// <summary>Starts Viper.Nano on port <paramref name="port"/> (0 = ephemeral) with <see cref="LoadSlots"/> slots.</summary>
        public static Task<IRunningServer> StartAsync(int port) => Task.FromResult<IRunningServer>(new Running(Options(port, LoadSlots)));

        /// <summary>
        /// Starts Viper.Nano with <paramref name="slots"/> slots for the memory probe, which holds
        /// that many idle connections (more than 32: /ws/room then answers 503, /ws/echo works).
        /// </summary>
        public static Running Start(int port, int slots) => new Running(Options(port, slots));

        /// <summary>A started server; disposing stops it.</summary>
        public sealed class Running : IRunningServer, System.IDisposable
        {
            private readonly ViperServer server;

            internal Running(ServerOptions options)
            {
                server = new ViperServer(options);
                server.AddRoutes(typeof(PeerRoutes));
                server.Start();
                PeerRoutes.Manager = server.Rooms;
            }

            /// <summary>The bound port.</summary>
            public int Port => server.Port;

            /// <summary>The running server (the memory probe reads its options and slots).</summary>
            public ViperServer Server => server;

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }

            /// <summary>Stops the server: closes every connection and joins the slot threads.</summary>
            public void Dispose()
            {
                server.Stop();
                PeerRoutes.Manager = null;
            }
        }
    }

    /// <summary>The three routes, with the same behaviour as Peers/KestrelApp.cs and node-ws-server.js.</summary>
    public static class PeerRoutes
    {
        private const string TextPlain = "text/plain; charset=utf-8";
        private const string RoomName = "bench";
        private static readonly byte[] HelloBytes = System.Text.Encoding.ASCII.GetBytes(KestrelApp.HelloBody);
        private static readonly bool ImmediateRelay = ViperApp.ImmediateRelay;

        /// <summary>The connection manager of /ws/room (null when the server has more slots than a room can address).</summary>
        internal static ConnectionManager Manager;

        /// <summary>200, "Hello, world!" with Content-Length, keep-alive: one send from the slot's buffer.</summary>
        [HttpGet("/hello")]
        public static void Hello(HttpContext context)
        {
            context.Response.WriteBytes(HelloBytes, 0, HelloBytes.Length, TextPlain);
        }

        /// <summary>Each message goes back with its type, straight from the receive buffer (zero-copy view).</summary>
        [WebSocketRoute("/ws/echo")]
        public static void Echo(WebSocket ws)
        {
            if (!ws.Accept()) return;
            while (true)
            {
                WebSocketMessage m = ws.Receive();
                if (m.Type == MessageType.Close) return;
                bool sent = m.Type == MessageType.Text ? ws.SendText(m.Buffer, m.Offset, m.Count) : ws.SendBytes(m.Buffer, m.Offset, m.Count);
                if (!sent) return;
            }
        }

        /// <summary>Joins one room; each message is broadcast (encoded once) to every other member.</summary>
        [WebSocketRoute("/ws/room")]
        public static void Room(WebSocket ws)
        {
            ConnectionManager manager = PeerRoutes.Manager;
            if (manager == null)
            {
                ws.Reject(HttpStatus.ServiceUnavailable);
                return;
            }

            if (!manager.Connect(ws, RoomName)) return;
            bool immediate = ImmediateRelay;
            while (true)
            {
                WebSocketMessage m = ws.Receive();
                if (m.Type == MessageType.Close) return;
                if (immediate)
                {
                    if (m.Type == MessageType.Text) manager.BroadcastText(m.Buffer, m.Offset, m.Count, RoomName, ws);
                    else manager.BroadcastBytes(m.Buffer, m.Offset, m.Count, RoomName, ws);
                }
                else
                {
                    // Queued: this socket's Receive flushes them once it has read everything that arrived.
                    if (m.Type == MessageType.Text) manager.QueueText(m.Buffer, m.Offset, m.Count, RoomName, ws);
                    else manager.QueueBytes(m.Buffer, m.Offset, m.Count, RoomName, ws);
                }
            }
        }
    }
}
