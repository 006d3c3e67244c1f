namespace Viper.Nano.Server
{
    /// <summary>
    /// Every size, cap and timeout of the server in one place. The defaults fit an ESP32-WROOM
    /// without PSRAM: about 80-120 KB of managed heap and 16 lwIP sockets in all (listening
    /// socket included). firmware-notes/memory-budget.md works out what they cost.
    /// Buffers sized here are allocated once per connection slot when the server starts.
    /// </summary>
    public class ServerOptions
    {
        /// <summary>TCP port to listen on.</summary>
        public int Port = 80;

        /// <summary>
        /// Connection slots, each with its own buffers and thread. 8 leaves 7 of lwIP's 16
        /// sockets for the listener, the 503 answer to a refused client, and the application.
        /// </summary>
        public int MaxConnections = 8;

        /// <summary>Per-slot receive buffer: holds a whole request head, and WebSocket frames.</summary>
        public int ReceiveBufferSize = 1024;

        /// <summary>Per-slot send buffer: response heads, small bodies, WebSocket frame headers.</summary>
        public int SendBufferSize = 1024;

        // WebSocket

        /// <summary>
        /// Largest WebSocket message, in bytes, after reassembly of its fragments; a bigger one is
        /// refused with close code 1009 before any of it is buffered. Messages are assembled in
        /// the slot's receive buffer, so the limit in force is at most ReceiveBufferSize minus two
        /// frame headers of 14 bytes (996 with the default 1024-byte buffer); a larger value is
        /// lowered to that.
        /// </summary>
        public int MaxMessageSize = 996;

        /// <summary>
        /// While a handler waits in WebSocket.Receive and nothing arrives for this many
        /// milliseconds, the server sends a Ping (RFC 6455 section 5.5.2) to find vanished peers
        /// (Wi-Fi dropped, laptop lid shut: no TCP FIN ever comes). 0 disables.
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
    }
}
