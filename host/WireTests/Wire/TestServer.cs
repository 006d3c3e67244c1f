using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Viper.Nano.Server;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>A server on an ephemeral loopback port with the test routes and small timeouts, and raw-socket helpers.</summary>
    public sealed class TestServer : IDisposable
    {
        public TestServer(Action<ServerOptions> configure = null)
            : this(configure, typeof(HttpTestRoutes))
        {
        }

        /// <summary>A server with the given controller types instead of <see cref="HttpTestRoutes"/>.</summary>
        public TestServer(Action<ServerOptions> configure, params Type[] routes)
        {
            Options = new ServerOptions
            {
                Port = 0,
                MaxConnections = 4,
                WorkerThreads = 4, // tests hold HTTP connections open on every slot
                // Generous: real clients run in other processes, and on a busy machine one may be
                // descheduled for over a second between its connect and its request (it then saw
                // "socket hang up"). Tests of the head timeout set their own.
                HeadTimeoutMs = 10000,
                BodyTimeoutMs = 1000,
                IdleTimeoutMs = 2000,
                SendTimeoutMs = 2000,
                LingerMs = 300,
            };
            configure?.Invoke(Options);
            Server = new ViperServer(Options);
            foreach (Type type in routes) Server.AddRoutes(type);
            Server.Start();
        }

        public ServerOptions Options { get; }
        public ViperServer Server { get; }
        public int Port => Server.Port;
        public string Url(string path) => "http://127.0.0.1:" + Port + path;
        public Uri Ws(string path) => new Uri("ws://127.0.0.1:" + Port + path);

        public void Dispose() => Server.Stop();

        public TcpClient Connect()
        {
            var client = new TcpClient();
            client.Connect("127.0.0.1", Port);
            client.ReceiveTimeout = 5000;
            client.NoDelay = true;
            return client;
        }

        /// <summary>Sends raw bytes on a new connection and reads until the server closes it (or 5 s pass).</summary>
        public string Exchange(string request) => Exchange(Encoding.Latin1.GetBytes(request));

        public string Exchange(byte[] request)
        {
            using TcpClient client = Connect();
            NetworkStream stream = client.GetStream();
            stream.Write(request, 0, request.Length);
            return ReadToClose(stream);
        }

        public static string ReadToClose(NetworkStream stream)
        {
            var all = new MemoryStream();
            var buffer = new byte[4096];
            try
            {
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0) all.Write(buffer, 0, n);
            }
            catch (IOException)
            {
                // A reset after the response, or the read timeout: return what arrived.
            }

            return Encoding.Latin1.GetString(all.ToArray());
        }

        /// <summary>Waits until <paramref name="condition"/> holds, up to <paramref name="ms"/>.</summary>
        public static bool WaitFor(Func<bool> condition, int ms = 5000)
        {
            var until = DateTime.UtcNow.AddMilliseconds(ms);
            while (DateTime.UtcNow < until)
            {
                if (condition()) return true;
                Thread.Sleep(10);
            }

            return condition();
        }
    }
}
