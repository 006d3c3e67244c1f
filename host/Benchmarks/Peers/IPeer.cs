using System;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>
    /// One server the driver runs against. Every peer implements the same behaviour on one
    /// loopback port: GET /hello answers 13 bytes with keep-alive, /ws/echo echoes each
    /// message, /ws/room relays each message to every other member.
    /// </summary>
    public interface IPeer : IDisposable
    {
        /// <summary>Short name used in tables, JSON keys and --peers: viper, kestrel, node-ws.</summary>
        string Name { get; }

        /// <summary>Why this peer can't run here (with how to fix it), or null when it can.</summary>
        string SkipReason { get; }

        /// <summary>The port, once <see cref="Start"/> returned.</summary>
        int Port { get; }

        /// <summary>Starts the server and waits until it listens.</summary>
        void Start();

        /// <summary>
        /// Managed bytes the server process has allocated so far, or null when the peer can't
        /// tell (Node). Deltas over a load run give allocated bytes per operation.
        /// </summary>
        long? AllocatedBytes();
    }
}
