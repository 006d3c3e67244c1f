using System;
using System.Threading;
using Viper.Nano.Server;

namespace Viper.Nano.Tests.Support
{
    /// <summary>
    /// A whole <see cref="ViperServer"/> (accept thread, slot threads, routes, WebSocket and SSE)
    /// started on a <see cref="MemoryListener"/>: what a socket test does, on the interpreter.
    /// </summary>
    public sealed class MemoryServer
    {
        /// <summary>How long a test waits for an answer before it gives up.</summary>
        public const int WaitMs = 5000;

        // The RFC 6455 section 1.3 key and its accept value.
        private const string Key = "dGhlIHNhbXBsZSBub25jZQ==";

        private readonly MemoryListener _listener = new MemoryListener();

        /// <summary>Starts a server with <paramref name="options"/> and the routes of <paramref name="routes"/>.</summary>
        public MemoryServer(ServerOptions options, Type routes)
        {
            Server = new ViperServer(options);
            Server.AddRoutes(routes);
            Server.Start(_listener);
        }

        /// <summary>The running server.</summary>
        public ViperServer Server { get; private set; }

        /// <summary>A new client connection.</summary>
        public PipeTransport Connect() => _listener.Connect();

        /// <summary>Sends <paramref name="request"/> on a new connection and returns all it gets until the server closes.</summary>
        public string Exchange(string request)
        {
            PipeTransport client = Connect();
            client.ClientWrite(request);
            return client.ClientReadToClose(WaitMs);
        }

        /// <summary>Opens a WebSocket to <paramref name="path"/>; returns the client after the 101 head.</summary>
        public PipeTransport Upgrade(string path, out string head)
        {
            PipeTransport client = Connect();
            client.ClientWrite("GET " + path + " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Key + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
            head = client.ClientReadUntil("\r\n\r\n", WaitMs);
            return client;
        }

        /// <summary>Reads server frames until <paramref name="count"/> whole ones have arrived; returns their log (<see cref="ServerFrames.Describe"/>).</summary>
        public static string ReadFrames(PipeTransport client, int count)
        {
            _frames = count;
            byte[] got = client.ClientRead(HasFrames, WaitMs);
            return ServerFrames.Describe(got);
        }

        /// <summary>Waits until <paramref name="done"/> holds (polling), at most <see cref="WaitMs"/>.</summary>
        public static bool WaitFor(Condition done)
        {
            for (int waited = 0; waited < WaitMs; waited += 10)
            {
                if (done()) return true;
                Thread.Sleep(10);
            }

            return done();
        }

        /// <summary>Stops the server.</summary>
        public void Stop() => Server.Stop();

        private static int _frames;

        private static bool HasFrames(byte[] got)
        {
            string log = ServerFrames.Describe(got);
            if (log.Length == 0 || log[log.Length - 1] == '!') return false;
            return log.Split('|').Length >= _frames;
        }
    }

    /// <summary>A condition a test waits for.</summary>
    public delegate bool Condition();
}
