using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Viper.Nano.Server;
using Viper.Nano.WebSockets;

namespace Viper.Nano.WireTests.Wire.Harness
{
    /// <summary>
    /// TEST-ONLY loopback server: a TcpListener, a thread per connection (as on the device), the
    /// minimal head reader, then OUR WebSocket object and a handler (echo by default). Stands in
    /// for the HTTP server that is written on another branch. Exceptions escaping a handler are
    /// collected in <see cref="Errors"/> so tests can assert there were none.
    /// </summary>
    public sealed class WsTestServer : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly Thread _acceptThread;
        private readonly Action<WebSocket> _handler;
        private volatile bool _stopping;

        public ServerOptions Options { get; }
        public string[] Protocols { get; }
        public ConcurrentQueue<Exception> Errors { get; } = new ConcurrentQueue<Exception>();

        /// <summary>Close codes the handler saw from Receive, in order (for assertions).</summary>
        public ConcurrentQueue<int> CloseCodes { get; } = new ConcurrentQueue<int>();

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
        public Uri Uri(string path = "/ws/echo") => new Uri("ws://127.0.0.1:" + Port + path);

        public WsTestServer(ServerOptions options = null, string[] protocols = null, Action<WebSocket> handler = null)
        {
            Options = options ?? new ServerOptions();
            Protocols = protocols;
            _handler = handler ?? Echo;
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            _acceptThread = new Thread(AcceptLoop) { IsBackground = true, Name = "ws-accept" };
            _acceptThread.Start();
        }

        /// <summary>Echoes every message back unchanged, through the zero-copy view.</summary>
        public void Echo(WebSocket ws)
        {
            if (!ws.Accept()) return;
            while (true)
            {
                WebSocketMessage m = ws.Receive();
                if (m.Type == MessageType.Close)
                {
                    CloseCodes.Enqueue(m.CloseCode);
                    return;
                }

                if (m.Type == MessageType.Text) ws.SendText(m.Buffer, m.Offset, m.Count);
                else ws.SendBytes(m.Buffer, m.Offset, m.Count);
            }
        }

        private void AcceptLoop()
        {
            while (!_stopping)
            {
                Socket socket;
                try { socket = _listener.AcceptSocket(); }
                catch (Exception) { return; }
                new Thread(() => Serve(socket)) { IsBackground = true, Name = "ws-conn" }.Start();
            }
        }

        private void Serve(Socket socket)
        {
            var transport = new SocketTestTransport(socket);
            try
            {
                byte[] receive = new byte[Options.ReceiveBufferSize];
                byte[] send = new byte[Options.SendBufferSize];
                int filled = 0;
                int headEnd = -1;
                while (headEnd < 0)
                {
                    int n = transport.Receive(receive, filled, receive.Length - filled, 5000);
                    if (n <= 0 || filled + n == receive.Length) { transport.Close(); return; }
                    filled += n;
                    headEnd = HarnessRequest.HeadEnd(receive, filled);
                }

                HarnessRequest request = HarnessRequest.Parse(receive, headEnd);
                if (request == null) { transport.Close(); return; }
                var ws = new WebSocket(transport, receive, send, Options, request, Protocols, headEnd, filled - headEnd);
                _handler(ws);
                if (ws.State == WebSocketState.Open) ws.Close();
            }
            catch (Exception e)
            {
                Errors.Enqueue(e);
            }
            finally
            {
                transport.Close();
            }
        }

        public void Dispose()
        {
            _stopping = true;
            _listener.Stop();
        }
    }
}
