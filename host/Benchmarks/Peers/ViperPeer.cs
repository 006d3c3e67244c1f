using System.Threading.Tasks;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>
    /// Viper.Nano's own server as a peer: this executable with <c>--serve-viper 0</c>, in a
    /// child process like Kestrel, so that its allocated bytes per operation are the server's
    /// alone. Until the server, router, frame codec and rooms land, it reports why it can't run.
    /// </summary>
    public sealed class ViperPeer : ChildProcessPeer
    {
        /// <summary>The argument that turns this executable into the Viper.Nano peer.</summary>
        public const string ServeOption = "--serve-viper";

        public ViperPeer()
            : base("viper", SelfLaunch.FileName, SelfLaunch.Arguments(ServeOption, "0"), null, answersStats: true)
        {
        }

        public override string SkipReason => ViperApp.Pending;
    }

    /// <summary>
    /// Viper.Nano serving the benchmark's three routes, in this process: used by
    /// <c>--serve-viper</c> and by the in-process memory-per-connection probe.
    /// </summary>
    public static class ViperApp
    {
        /// <summary>Why Viper.Nano can't be measured yet, or null once it can (a field, not a const, so null compiles without unreachable-code warnings).</summary>
        // TODO(viper): set to null when StartAsync below is implemented; every test then includes Viper.Nano.
        public static readonly string Pending = "Viper.Nano's HTTP server, router, WebSocket frame codec and rooms are not merged yet (TODO(viper) in Peers/ViperPeer.cs)";

        /// <summary>Starts Viper.Nano on 127.0.0.1:<paramref name="port"/> (0 = ephemeral).</summary>
        public static Task<IRunningServer> StartAsync(int port)
        {
            // TODO(viper): start Viper.Nano's server (Viper.Nano.Server, default ServerOptions) on
            //   127.0.0.1:port and return an IRunningServer whose Port is the bound port and whose
            //   DisposeAsync stops it. Routes, the same behaviour as Peers/KestrelApp.cs:
            //   - GET /hello -> 200 text/plain "Hello, world!" (KestrelApp.HelloBody), keep-alive;
            //   - WebSocket /ws/echo -> send each message back with its opcode;
            //   - WebSocket /ws/room -> join one room; each message goes to every OTHER member
            //     (the room's broadcast: encode the frame once, write it to each member).
            throw new System.NotImplementedException(Pending);
        }
    }
}
