namespace Viper.Nano
{
    /// <summary>
    /// Every size, cap and timeout of the server in one place. The defaults fit an ESP32-WROOM
    /// without PSRAM: about 80-120 KB of managed heap and 16 lwIP sockets in all (listening
    /// socket included). firmware-notes/memory-budget.md works out what they cost.
    /// Buffers sized here are allocated once per connection slot when the server starts.
    /// <see cref="Validate"/> (called by ViperServer.Start) checks every value and how they
    /// relate, and throws ArgumentException naming the option and the rule; no value is ever
    /// lowered or raised behind the caller's back.
    /// </summary>
    public partial class ServerOptions
    {
        /// <summary>TCP port to listen on.</summary>
        public int Port = 80;

        /// <summary>
        /// Connection slots: each owns its two buffers (about 1.6 KB with its object) and holds one
        /// client (HTTP, WebSocket or SSE) at a time; no thread is tied to a slot (see
        /// <see cref="WorkerThreads"/>). Measured on the nanoCLR interpreter with a 100,000-byte
        /// heap (firmware-notes/memory-budget.md, host/tools/capacity-run), the SensorBroadcast
        /// firmware holds 8 live WebSocket clients plus one HTTP request in 9 slots, with
        /// <see cref="MemoryReserveBytes"/> still free; 9 also leaves 6 of lwIP's 16 sockets for
        /// the listener, a 503 answer and the application. At most 32 (a room is a 32-bit mask of
        /// slots); boards with PSRAM are bound by sockets (14).
        /// </summary>
        public int MaxConnections = 9;

        /// <summary>
        /// Threads that serve HTTP requests and run blocking WebSocket handlers (a handler that
        /// loops on <c>Receive()</c> keeps its thread until its client goes). WebSocket handlers in
        /// the event style (<c>ws.OnMessage</c>) and SSE streams in a room hold no thread: one poll
        /// thread serves them all. Each worker costs about 3 KB (its HTTP parse state, its thread
        /// and frames); these stay for the server's life, and 1 serves one HTTP request at a time,
        /// which a WROOM's heap affords. When every worker is busy, an idle keep-alive connection
        /// hands its worker to the new client; otherwise one more worker starts for it if the heap
        /// has about 3 KB free beyond <see cref="MemoryReserveBytes"/> (it ends with its
        /// connection, so blocking handlers keep working with the defaults, a thread each); with
        /// no room for one, the client waits in its slot for the next free worker (503 after
        /// HeadTimeoutMs).
        /// </summary>
        public int WorkerThreads = 1;

        /// <summary>
        /// Free managed heap, in bytes, the server keeps: a new connection, or a WebSocket upgrade,
        /// that finds less free (nanoFramework.Runtime.Native.GC.Run) is refused with 503 and
        /// Retry-After instead of running out of memory halfway; an upgrade also needs 2 KB more
        /// (the socket's objects, the handshake, the handler's frames). Sized on the interpreter
        /// (host/tools/capacity-run): with 6 KB, clients are refused cleanly down to an 80 KB heap;
        /// with 2 KB, broadcasts to SSE subscribers start failing near the end. 0 turns the check off.
        /// </summary>
        public int MemoryReserveBytes = 6144;

        /// <summary>Per-slot receive buffer: holds a whole request head, and WebSocket frames.</summary>
        public int ReceiveBufferSize = 1024;

        /// <summary>
        /// Per-slot send buffer: response heads, small bodies (larger ones go out through it in
        /// pieces), WebSocket frame headers and text encoded piece by piece; an SSE event must fit
        /// half of it. 512 holds a response head with a few headers; 1 KB more slot costs 512 B
        /// each.
        /// </summary>
        public int SendBufferSize = 512;

        // Rooms and broadcast (Viper.Nano.Rooms.ConnectionManager)

        /// <summary>
        /// Named rooms that can exist at once; creating one more throws. 8 names cost a few bytes
        /// each. 0: the server has no connection manager (ViperServer.Rooms is null), and then
        /// MaxConnections may exceed 32, the slots a room's 32-bit mask can hold.
        /// </summary>
        public int MaxRooms = 8;

        /// <summary>
        /// Largest broadcast payload in bytes; a larger broadcast is not sent and returns
        /// BroadcastResult.TooLarge (counted in RoomStats.BroadcastsTooLarge). At most 2,800:
        /// under lwIP's send low-water mark (about 2.9 KB with nanoFramework's ESP32 settings), so
        /// that a socket reported writable always takes a whole frame at once and a broadcast
        /// never blocks on one member. At least <see cref="MaxMessageSize"/>, so that a relay of
        /// any message received fits. The default 800 also holds the guide's chat post for any
        /// message: 128 bytes escaped as JSON grow at worst six-fold (a control byte becomes
        /// \u00XX, RFC 8259 section 7) to 768, plus the 25 bytes of {"user":"anon","text":""}.
        /// Each byte is paid BroadcastPoolFrames + 2 times (the pool, the scratch, the batch):
        /// a firmware that only broadcasts small readings saves about 3 KB with 256.
        /// </summary>
        public int MaxBroadcastSize = 800;

        /// <summary>
        /// Shared frames for broadcasts (each MaxBroadcastSize + 48 bytes). Frames wait here,
        /// referenced by every member that could not take them yet: this pool, not the number of
        /// members, bounds the memory lagging members can hold (4 x 848 B = 3.4 KB by default:
        /// 4, not 6, is what lets 8 live WebSocket clients fit a 100 KB heap, measured by
        /// host/tools/capacity-run).
        /// </summary>
        public int BroadcastPoolFrames = 4;

        /// <summary>Broadcast bytes that may wait for one member (at least one frame, MaxBroadcastSize + 48); past it the member is dropped as slow.</summary>
        public int MemberQueueBytes = 2048;

        /// <summary>A member whose queued broadcasts have not moved for this long is dropped as slow.</summary>
        public int SlowMemberTimeoutMs = 5000;

        /// <summary>
        /// The close code a WebSocket member dropped for slowness gets: 1008 (Policy Violation,
        /// RFC 6455 7.4.1) by default; 1013 (Try Again Later, IANA registry) suits clients that
        /// should reconnect later. The close frame is sent only if the socket can take it.
        /// </summary>
        public int SlowMemberCloseCode = 1008;

        /// <summary>Bytes of recent SSE events each room keeps for Last-Event-ID replay (allocated when an SSE member first joins the room).</summary>
        public int SseReplayBytes = 1024;

        /// <summary>Events each room's replay ring keeps at most.</summary>
        public int SseReplayEvents = 16;

        /// <summary>Interval of the comment heartbeat on idle SSE streams (0 = none); a write to a vanished client fails and frees its slot.</summary>
        public int SseHeartbeatMs = 15000;

        /// <summary>The reconnection delay sent to SSE clients (the retry: field).</summary>
        public int SseRetryMs = 3000;

        /// <summary>
        /// How often a connection's thread wakes while it waits for input, and how often the poll
        /// thread serves the parked connections, to write broadcasts a socket could not take at
        /// once. Only lagging members wait this long for a broadcast.
        /// </summary>
        public int PumpIntervalMs = 100;

        // Security (Viper.Nano.Security)

        /// <summary>Secrets for [BasicAuth], [BearerAuth] and [ApiKey] routes; empty by default (such routes then refuse everyone).</summary>
        public Credentials Credentials = new Credentials();

        /// <summary>Connection slots one remote address may hold at once (3 of the 9 default slots, so one client cannot take them all); more are answered 503. 0 = no cap.</summary>
        public int MaxConnectionsPerAddress = 3;

        /// <summary>Requests per second one address may make after its burst (token bucket); over it: 429. 0 = no cap.</summary>
        public int RatePerSecond = 20;

        /// <summary>Requests one address may make at once before <see cref="RatePerSecond"/> applies.</summary>
        public int RateBurst = 40;

        /// <summary>
        /// Addresses the rate limiter tracks, 16 x ~40 B. An address is forgotten only once its
        /// bucket has refilled (forgetting it then gives nothing away); while every entry is in
        /// use, new addresses share one more bucket, so that many addresses together get no more
        /// than RateTableSize + 1 addresses' worth of requests.
        /// </summary>
        public int RateTableSize = 16;

        /// <summary>
        /// Failed authentications (401 or 403 from [BasicAuth], [BearerAuth], [ApiKey]) the server
        /// takes at once, from all addresses together. When they are spent, every request to a
        /// protected route is answered 429 with Retry-After, without looking at its credentials,
        /// until the budget refills: guessing a secret stays slow however many addresses the
        /// guesser has. The price: a burst of wrong guesses also delays the rightful client.
        /// 0 = no global budget.
        /// </summary>
        public int AuthFailureBurst = 10;

        /// <summary>
        /// One failed authentication is given back to the global budget every this many
        /// milliseconds (1000: 1 guess a second on average, 86,400 a day for the whole world).
        /// Each time the budget runs dry the interval doubles, up to 64 times this value; it
        /// returns to this value once the budget is full and no failure came for two intervals.
        /// </summary>
        public int AuthFailureRefillMs = 1000;

        /// <summary>
        /// Origins allowed to call the server from a browser (CORS): "*" for any, or a comma list
        /// such as "http://192.168.1.20,https://app.example"; null turns CORS off: no CORS header is
        /// ever sent, so browsers refuse cross-origin reads and fail every preflight. With a list,
        /// a preflight from another origin is answered 403.
        /// </summary>
        public string CorsAllowedOrigins;

        /// <summary>Methods a CORS preflight allows.</summary>
        public string CorsAllowedMethods = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";

        /// <summary>Request headers a CORS preflight allows.</summary>
        public string CorsAllowedHeaders = "Content-Type, Authorization, X-API-Key";

        /// <summary>How long a browser may cache a preflight answer, in seconds.</summary>
        public int CorsMaxAgeSeconds = 600;

        /// <summary>Whether /openapi.json lists the WebSocket routes (as x-websocket), like the guide's include_websocket_docs.</summary>
        public bool OpenApiWebSockets = true;

        // WebSocket

        /// <summary>
        /// Largest WebSocket message, in bytes, after reassembly of its fragments; a bigger one is
        /// refused with close code 1009 before any of it is buffered. Messages are assembled in
        /// the slot's receive buffer, so this may be at most ReceiveBufferSize minus two frame
        /// headers of 14 bytes (996 with the default 1024-byte buffer; Start refuses more), and
        /// at most <see cref="MaxBroadcastSize"/>. The default 128 is what the guide's chat can
        /// relay to everyone whatever the text (see MaxBroadcastSize); raise both together.
        /// </summary>
        public int MaxMessageSize = 128;

        /// <summary>
        /// Time a client has to finish a WebSocket frame once its first byte has arrived; then the
        /// connection is closed with 1008 (Policy Violation, RFC 6455 7.4.1). A client trickling
        /// one byte at a time keeps the line busy, so the keepalive never fires: without this it
        /// would hold its slot for ever. 0 disables (not advised). At most MessageTimeoutMs.
        /// </summary>
        public int FrameTimeoutMs = 5000;

        /// <summary>
        /// Time a client has to finish a WebSocket message (all its fragments, RFC 6455 5.4) once
        /// its first frame has started; then 1008, as for <see cref="FrameTimeoutMs"/>. Control
        /// frames between fragments do not extend it. 0 disables.
        /// </summary>
        public int MessageTimeoutMs = 15000;

        /// <summary>
        /// While a handler waits in WebSocket.Receive and nothing arrives for this many
        /// milliseconds, the server sends a Ping (RFC 6455 section 5.5.2) to find vanished peers
        /// (Wi-Fi dropped, laptop lid shut: no TCP FIN ever comes). Silence counts from the
        /// handler's next Receive after the last bytes (one clock read per read). 0 disables.
        /// </summary>
        public int PingIntervalMs = 20000;

        /// <summary>
        /// After a keepalive Ping, the peer has this many milliseconds to send anything (the Pong
        /// or any frame); otherwise the connection is dropped and Receive reports close code 1006.
        /// 0 disables the check.
        /// </summary>
        public int PongTimeoutMs = 10000;

        /// <summary>
        /// After sending a Close frame, how long to wait for the peer's Close before closing the
        /// TCP connection anyway (RFC 6455 section 7.1.1).
        /// </summary>
        public int CloseTimeoutMs = 3000;

        /// <summary>
        /// When not null, a WebSocket upgrade whose Origin header is not one of these (compared
        /// ignoring case, e.g. "http://192.168.1.50") is refused with 403, against cross-site use
        /// of the socket from a browser (RFC 6455 section 10.2). Requests without Origin come from
        /// non-browser clients and are allowed. null allows every origin.
        /// </summary>
        public string[] AllowedOrigins = null;

        // HTTP

        /// <summary>
        /// Largest request head (request line and header fields, final CRLF included); larger
        /// heads get 431. The head must fit the receive buffer, so the effective cap is the smaller
        /// of this and <see cref="ReceiveBufferSize"/>. 1 KB holds what browsers, curl and
        /// HttpClient send without cookies (about 300-700 bytes).
        /// </summary>
        public int MaxRequestHeadSize = 1024;

        /// <summary>
        /// Most header field lines in one request (431 beyond). Each costs 16 bytes of views per
        /// slot; browsers send 10-20.
        /// </summary>
        public int MaxHeaders = 24;

        /// <summary>Longest request target (path and query) in bytes; longer gets 414.</summary>
        public int MaxUriLength = 512;

        /// <summary>
        /// Largest request body in bytes (413 beyond). A body that fits in the receive buffer after
        /// the head costs nothing; a larger one is read into an array allocated for that request,
        /// so this bounds the transient heap a POST may take. 4 KB suits JSON commands on ~80 KB.
        /// </summary>
        public int MaxBodySize = 4096;

        /// <summary>
        /// Time a client has to send a whole request head, from the connection's start (first
        /// request) or from the first byte of the request (later ones). Then 408 and close: a
        /// client dribbling bytes (slowloris) cannot hold one of the few slots for long.
        /// </summary>
        public int HeadTimeoutMs = 5000;

        /// <summary>Time a client has to send a request body, from the end of its head; then 408 and close.</summary>
        public int BodyTimeoutMs = 10000;

        /// <summary>
        /// How long a keep-alive connection may wait for its next request before the server
        /// closes it. Short, because an idle browser connection holds a slot; when every slot is
        /// busy, an idle keep-alive connection is also closed to make room for a new client.
        /// </summary>
        public int IdleTimeoutMs = 5000;

        /// <summary>Longest a single send may block (the socket's send timeout); a stalled client is dropped.</summary>
        public int SendTimeoutMs = 5000;

        /// <summary>
        /// How long ViperServer.Stop lets in-flight HTTP responses finish and SSE streams end
        /// before it closes what is left. WebSocket clients get a Close 1001 and
        /// <see cref="CloseTimeoutMs"/> of this to answer it. Stop returns within about this plus
        /// SendTimeoutMs whatever the handlers do.
        /// </summary>
        public int StopTimeoutMs = 5000;

        /// <summary>Requests served on one connection before it is closed (0 = no limit).</summary>
        public int MaxRequestsPerConnection = 0;

        /// <summary>
        /// After an error response, how long to read and discard what the client is still sending
        /// before closing, so the close does not reset the connection and destroy the response
        /// (RFC 9112 9.6). Bounded, and cut short as soon as the client pauses for 100 ms.
        /// </summary>
        public int LingerMs = 1000;

        /// <summary>
        /// Send a Date header when the clock has been set (RFC 9110 6.6.1: a server with a clock
        /// MUST; one without MUST NOT). A device clock before NTP counts as none.
        /// </summary>
        public bool SendDateHeader = true;

        /// <summary>Pending connections the listening socket queues while the accept thread is busy.</summary>
        public int ListenBacklog = 4;

        // Broadcast batching (ConnectionManager.QueueText / Flush)

        /// <summary>
        /// Largest send a flush of queued broadcasts makes to one member: queued frames are copied
        /// into one buffer of this size (one per connection manager) and written together; at
        /// least MaxBroadcastSize + 48 (one frame). 848 is one frame of the default size, or a
        /// dozen 70-byte readings per send.
        /// </summary>
        public int BroadcastBatchBytes = 848;
    }
}
