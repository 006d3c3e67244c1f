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
    }
}
