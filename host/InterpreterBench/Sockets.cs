using Viper.Nano.Rooms;
using Viper.Nano.Server;
using Viper.Nano.Sse;
using Viper.Nano.Text;
using Viper.Nano.WebSockets;

namespace Viper.Nano.InterpreterBench
{
    /// <summary>
    /// The public API a handler calls, over in-memory transports: Receive, SendText, SendBytes,
    /// a broadcast to 1, 4 and 8 members, and an SSE event encoded from a string.
    /// </summary>
    public static class Sockets
    {
        private static WebSocket _echo;
        private static WebSocket _sender;
        private static string _string125;
        private static byte[] _bytes125;
        private static ConnectionManager[] _managers;
        private static byte[] _sseBuffer;
        private static string _sseData;
        private static string _sseName;

        public static void Setup()
        {
            ServerOptions options = Options();
            _echo = Open(new ReplayTransport(Frames.MaskedFrame(Opcode.Text, Program.Ascii(Program.Text(125)), 0x37FA213D)), options, 0);
            _sender = Open(new ReplayTransport(null), options, 0);
            _string125 = Program.Text(125);
            _bytes125 = Program.Ascii(_string125);

            // One manager per room size; members are accepted sockets whose peers drop everything.
            int[] sizes = { 1, 4, 8 };
            _managers = new ConnectionManager[sizes.Length];
            for (int m = 0; m < sizes.Length; m++)
            {
                ServerOptions roomOptions = Options();
                roomOptions.MaxConnections = 8;
                _managers[m] = new ConnectionManager(roomOptions);
                for (int i = 0; i < sizes[m]; i++) _managers[m].Connect(Open(new ReplayTransport(null), roomOptions, i));
            }

            _sseBuffer = new byte[options.SendBufferSize];
            _sseData = "{\"sensor\":3,\"temp\":21.5,\"unit\":\"c\"}";
            _sseName = "reading";
        }

        // The library's defaults with keepalive off: the benchmark never waits.
        private static ServerOptions Options()
        {
            ServerOptions options = new ServerOptions();
            options.PingIntervalMs = 0;
            options.PongTimeoutMs = 0;
            return options;
        }

        private static WebSocket Open(ITransport transport, ServerOptions options, int slot)
        {
            var ws = new WebSocket(transport, new byte[options.ReceiveBufferSize], new byte[options.SendBufferSize],
                options, new BenchUpgradeRequest(), null, 0, 0);
            ws.Slot = slot;
            ws.Accept();
            return ws;
        }

        public static void Receive125(int count)
        {
            for (int i = 0; i < count; i++) _echo.Receive();
        }

        public static void SendText125(int count)
        {
            for (int i = 0; i < count; i++) _sender.SendText(_string125);
        }

        public static void SendBytes125(int count)
        {
            for (int i = 0; i < count; i++) _sender.SendBytes(_bytes125);
        }

        public static void Broadcast1(int count) => Broadcast(_managers[0], count);

        public static void Broadcast4(int count) => Broadcast(_managers[1], count);

        public static void Broadcast8(int count) => Broadcast(_managers[2], count);

        // 125 bytes of text to everyone (no room: the room table's name lookup is not what is measured).
        private static void Broadcast(ConnectionManager manager, int count)
        {
            for (int i = 0; i < count; i++) manager.BroadcastText(_bytes125, 0, _bytes125.Length, null);
        }

        /// <summary>An SSE event from a string, as SseStream.Send encodes it: the data, then the event around it.</summary>
        public static void SseEvent(int count)
        {
            byte[] b = _sseBuffer;
            int half = b.Length / 2;
            for (int i = 0; i < count; i++)
            {
                int n = Utf8.EncodeWithin(_sseData, b, half, b.Length - half);
                SseEncoder.WriteEvent(b, 0, half, _sseName, i, b, half, n);
            }
        }
    }
}
