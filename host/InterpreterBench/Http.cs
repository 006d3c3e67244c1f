using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Server;

namespace Viper.Nano.InterpreterBench
{
    /// <summary>The HTTP hot path: a request head parsed in place, a route matched, a whole GET served.</summary>
    public static class Http
    {
        /// <summary>Requests per keep-alive connection.</summary>
        public const int GetsPerConnection = 64;

        private static byte[] _head;
        private static byte[] _path;
        private static RequestHeadParser _parser;
        private static RouteTable _routes;
        private static int[] _offsets;
        private static int[] _lengths;
        private static ReplayTransport _getTransport;
        private static HttpConnection _connection;

        public static void Setup()
        {
            _head = Program.Ascii(BenchRoutes.RequestHead);
            _path = Program.Ascii("/api/sensors/3");
            _parser = new RequestHeadParser(1024, 512, 24, 4096);
            _routes = new RouteTable();
            _routes.Add(typeof(BenchRoutes));
            _routes.Freeze();
            _offsets = new int[4];
            _lengths = new int[4];

            // One connection slot serving keep-alive GETs whose answer is 13 fixed bytes.
            ServerOptions options = new ServerOptions();
            options.SendDateHeader = false;
            options.LingerMs = 0;
            ViperServer server = new ViperServer(options);
            server.AddRoutes(typeof(BenchRoutes));
            ConnectionSlot slot = new ConnectionSlot(0, options.ReceiveBufferSize, options.SendBufferSize);
            _connection = new HttpConnection(server, slot, server.Routes.MaxParams);
            _getTransport = new ReplayTransport(Program.Ascii("GET /hello HTTP/1.1\r\nHost: 192.168.4.1\r\n\r\n"));
        }

        public static void ParseHead(int count)
        {
            for (int i = 0; i < count; i++)
            {
                _parser.Reset();
                _parser.Parse(_head, 0, _head.Length);
            }
        }

        public static void MatchRoute(int count)
        {
            int allow;
            for (int i = 0; i < count; i++) _routes.Match(_path, HttpMethods.GetIndex, 0, _path.Length, _offsets, _lengths, out allow);
        }

        /// <summary>
        /// Whole requests through the connection loop: read, parse, route, handler, answer. A
        /// batch is served as keep-alive connections of 64 requests each, so the per-connection
        /// start and end are spread over them as on a real keep-alive client.
        /// </summary>
        public static void ServeGet(int count)
        {
            while (count > 0)
            {
                int n = count < GetsPerConnection ? count : GetsPerConnection;
                _getTransport.Remaining = n;
                _connection.Serve(_getTransport);
                count -= n;
            }
        }
    }
}
