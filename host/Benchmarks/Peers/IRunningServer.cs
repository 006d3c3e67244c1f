using System;
using System.Threading.Tasks;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>A server started in this process, listening on a loopback port.</summary>
    public interface IRunningServer : IAsyncDisposable
    {
        /// <summary>The port it listens on.</summary>
        int Port { get; }
    }

    /// <summary>Starts a server on 127.0.0.1:<paramref name="port"/> (0 = ephemeral).</summary>
    public delegate Task<IRunningServer> ServerStarter(int port);
}
