using System;
using Viper.Nano.Samples.SensorBroadcast;
using Viper.Nano.Samples.SensorBroadcast.Pc;
using Viper.Nano.Server;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>The SensorBroadcast sample as the simulator runs it, sampling every 200 ms, on a free port.</summary>
    public sealed class SensorServer : IDisposable
    {
        public const int IntervalMs = 200;

        public SensorServer()
        {
            EmbeddedPage.Install();
            Options = new ServerOptions { Port = 0, MaxConnectionsPerAddress = 0, RatePerSecond = 0 };
            var sample = new SensorBroadcastOptions { IntervalMs = IntervalMs };
            Server = SensorRoutes.Start(Options, sample, new SimulatedSensor(42), PageSource.Index);
        }

        public ServerOptions Options { get; }

        public ViperServer Server { get; }

        public Uri Http(string path) => new Uri("http://127.0.0.1:" + Server.Port + path);

        public Uri Ws(string path) => new Uri("ws://127.0.0.1:" + Server.Port + path);

        public void Dispose() => SensorRoutes.Stop();
    }

    [CollectionDefinition(Name)]
    public sealed class SensorCollection : ICollectionFixture<SensorServer>
    {
        public const string Name = "SensorBroadcast sample server";
    }
}
