using System;
using System.Threading;
using Viper.Nano.Routing;
using Viper.Nano.Security;
using Viper.Nano.Http;

namespace Viper.Nano.Server
{
    /// <summary>
    /// The HTTP server: a listening socket, one accept thread, a fixed number of connection slots
    /// (ServerOptions.MaxConnections, each with its buffers), ServerOptions.WorkerThreads worker
    /// threads that serve HTTP and blocking WebSocket handlers on whichever slot they are given,
    /// and one poll thread for the parked connections (event-style WebSockets, SSE streams in a
    /// room). All are created at <see cref="Start"/>: WorkerThreads + 2 threads in all, never
    /// one per request or per client. When every slot or worker is busy, an idle keep-alive
    /// connection is closed to make room and its slot and worker take the new client; when none
    /// is idle, or free memory is below ServerOptions.MemoryReserveBytes, the new client gets 503
    /// with Retry-After at once and is closed.
    /// </summary>
    public sealed partial class ViperServer : IDisposable, IServerHost
    {
        private static readonly byte[] Refusal = HttpChars.AsciiBytes(
            "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: 20\r\nConnection: close\r\n\r\nService Unavailable\n");

        private readonly object _lock = new object();
        private readonly RouteTable _routes = new RouteTable();

        // What a refused client already sent is read into this and dropped (accept thread only).
        // 128 bytes, read a few times: a request head is dropped in pieces (heap is scarce).
        private readonly byte[] _refusedInput = new byte[128];
        private ConnectionSlot[] _slots;
        private Worker[] _workers;
        private Thread _pollThread;
        private readonly Endpoints _endpoints;
        private IListener _listener;
        private Thread _acceptThread;
        private int _stopping;

        /// <summary>Installed by the WebSocket layer: takes connections whose route is a WebSocket route.</summary>
        internal ConnectionTakeover WebSocketTakeover;

        /// <summary>Installed by the SSE layer: takes connections whose route is an event stream.</summary>
        internal ConnectionTakeover SseTakeover;

        /// <summary>
        /// A server with the given sizes, caps and timeouts (the object is kept, not copied, and
        /// checked as a whole by <see cref="Start"/>: ServerOptions.Validate).
        /// </summary>
        public ViperServer(ServerOptions options)
        {
            if (options == null) throw new ArgumentNullException("options");
            Options = options;
            Stats = new ServerStats();
            Limiter = new RateLimiter(options.RatePerSecond, options.RateBurst, options.RateTableSize);
            AuthBudget = new AuthFailureBudget(options.AuthFailureBurst, options.AuthFailureRefillMs);
            _endpoints = new Endpoints(this);
            WebSocketTakeover = _endpoints.RunWebSocket;
            SseTakeover = _endpoints.RunSse;
        }

        /// <summary>The per-address request rate limiter (ServerOptions.RatePerSecond).</summary>
        internal RateLimiter Limiter { get; private set; }

        private AuthPolicy[] _policies;

        /// <summary>The credentials the route at <paramref name="index"/> requires (read from its attributes at start-up).</summary>
        internal AuthPolicy PolicyAt(int index)
        {
            return _policies == null || index < 0 || index >= _policies.Length ? AuthPolicy.Open : _policies[index];
        }

        /// <summary>
        /// Serves an OpenAPI 3.0 document of the route table at /openapi.json and a page listing
        /// it at /docs. WebSocket routes are included unless ServerOptions.OpenApiWebSockets is
        /// false. Call before <see cref="Start"/>; the document is built once, at start-up.
        /// </summary>
        public void AddOpenApi(string title, string version)
        {
            _openApiTitle = title;
            _openApiVersion = version;
            _routes.Add(typeof(Viper.Nano.OpenApi.OpenApiRoutes));
        }

        private string _openApiTitle;
        private string _openApiVersion;

        /// <summary>The OpenAPI document built at start-up, or null when <see cref="AddOpenApi"/> was not called.</summary>
        public byte[] OpenApiJson { get; private set; }

        /// <summary>The options the server runs with.</summary>
        public ServerOptions Options { get; private set; }

        /// <summary>The route table (fixed once started).</summary>
        internal RouteTable Routes => _routes;

        /// <summary>Connection and request counters.</summary>
        public ServerStats Stats { get; private set; }

        /// <summary>The port the server listens on: ServerOptions.Port, or the one the system chose for port 0.</summary>
        public int Port { get; private set; }

        /// <summary>The connection slots (null before <see cref="Start"/>).</summary>
        internal ConnectionSlot[] Slots => _slots;

        /// <summary>True between <see cref="Start"/> and <see cref="Stop"/>.</summary>
        public bool IsRunning => _listener != null && _stopping == 0;

        internal bool IsStopping => _stopping != 0;

        bool IServerHost.IsStopping => IsStopping;

        /// <summary>Adds the attribute-declared routes of <paramref name="controllerType"/>'s static methods. Call before <see cref="Start"/>.</summary>
        public void AddRoutes(Type controllerType)
        {
            _routes.Add(controllerType);
        }

        /// <summary>
        /// Checks the options (ServerOptions.Validate: ArgumentException naming the option and the
        /// rule), creates <see cref="Rooms"/>, allocates the slots, binds the port and starts the threads.
        /// </summary>
        public void Start()
        {
            Start(null);
        }

        /// <summary>
        /// As <see cref="Start()"/>, taking connections from <paramref name="listener"/> instead of
        /// a TCP port (null: listen on ServerOptions.Port). The unit tests pass an in-memory
        /// listener, so the real start-up runs on the interpreter too.
        /// </summary>
        internal void Start(IListener listener)
        {
            lock (_lock)
            {
                if (_listener != null) throw new InvalidOperationException("already started");
                Prepare();
                _routes.Freeze();
                ServerOptions o = Options;
                _policies = new AuthPolicy[_routes.Count];
                for (int i = 0; i < _routes.Count; i++) _policies[i] = AuthPolicy.For(_routes.Routes[i].Handler);
                if (_openApiTitle != null)
                {
                    OpenApiJson = Viper.Nano.OpenApi.OpenApiDocument.Build(_routes, _openApiTitle, _openApiVersion, o.OpenApiWebSockets);
                }

                _slots = new ConnectionSlot[o.MaxConnections];
                for (int i = 0; i < _slots.Length; i++) _slots[i] = new ConnectionSlot(i, o.ReceiveBufferSize, o.SendBufferSize);
                // Room for a worker per slot; WorkerThreads of them live for good, the others
                // come and go with blocking handlers (see ViperServer.Workers.cs).
                _workers = new Worker[o.MaxConnections > o.WorkerThreads ? o.MaxConnections : o.WorkerThreads];
                for (int i = 0; i < o.WorkerThreads; i++) _workers[i] = NewWorker(false);

                _listener = listener ?? SocketListener.Start(o.Port, o.ListenBacklog, o.SendTimeoutMs);
                Port = _listener.Port;
                StartThreads();

                _acceptThread = new Thread(AcceptLoop);
                _acceptThread.Start();
            }
        }

        /// <summary>Same as <see cref="Stop"/>.</summary>
        public void Dispose()
        {
            Stop();
        }
    }
}
