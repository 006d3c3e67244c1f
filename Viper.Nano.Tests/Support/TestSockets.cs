using Viper.Nano.Server;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.Support
{
    /// <summary>Builds WebSocket objects over a MemoryTransport with small, test-sized buffers.</summary>
    public static class TestSockets
    {
        /// <summary>Options for tests: 256-byte buffers, keepalive off, a short close timeout.</summary>
        public static ServerOptions Options()
        {
            var options = new ServerOptions();
            options.ReceiveBufferSize = 256;
            options.SendBufferSize = 256;
            options.MaxMessageSize = 200;
            options.PingIntervalMs = 0;
            options.PongTimeoutMs = 0;
            options.CloseTimeoutMs = 200;
            return options;
        }

        /// <summary>A WebSocket for a valid upgrade request, not yet accepted.</summary>
        public static WebSocket Create(MemoryTransport transport, ServerOptions options, string[] protocols, FakeUpgradeRequest request)
        {
            return new WebSocket(transport, new byte[options.ReceiveBufferSize], new byte[options.SendBufferSize],
                options, request, protocols, 0, 0);
        }

        /// <summary>An accepted WebSocket with the 101 answer already cleared from the transport.</summary>
        public static WebSocket Open(MemoryTransport transport, ServerOptions options)
        {
            WebSocket ws = Create(transport, options, null, FakeUpgradeRequest.Valid("/ws/echo"));
            ws.Accept();
            transport.ClearSent();
            return ws;
        }
    }
}
