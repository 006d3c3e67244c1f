using System;
using Viper.Nano.Samples.WebSocketGuide;
using Viper.Nano.Server;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>The WebSocketGuide sample, served once per test run on a free loopback port.</summary>
    public sealed class GuideServer : IDisposable
    {
        public GuideServer()
        {
            // Keepalive pings every 2 s reach the real clients; but a peer that answers nothing
            // gets 30 s, not 2: SlowMemberTests' stalled member (which never reads nor writes)
            // must be dropped as slow, which on a busy machine takes longer than 4 s to show.
            Options = new ServerOptions { Port = 0, MaxConnections = 12, WorkerThreads = 12, PingIntervalMs = 2000, PongTimeoutMs = 30000, MaxConnectionsPerAddress = 0, RatePerSecond = 0 };
            Server = GuideRoutes.Start(Options);
        }

        public ServerOptions Options { get; }

        public ViperServer Server { get; }

        public int Port => Server.Port;

        public Uri Http(string path) => new Uri("http://127.0.0.1:" + Port + path);

        public Uri Ws(string path) => new Uri("ws://127.0.0.1:" + Port + path);

        public void Dispose() => GuideRoutes.Stop();
    }

    [CollectionDefinition(Name)]
    public sealed class GuideCollection : ICollectionFixture<GuideServer>
    {
        public const string Name = "WebSocketGuide sample server";
    }
}
