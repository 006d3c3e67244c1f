using System;
using Viper.Nano.Benchmarks.Peers;
using Viper.Nano.Benchmarks.Report;

namespace Viper.Nano.Benchmarks.Memory
{
    /// <summary>
    /// Memory per idle WebSocket connection, server side: Viper.Nano with default options (see
    /// <see cref="ViperMemory"/>) and Kestrel as a reference, both in this process, each minus
    /// the client's own share measured against Kestrel in a child process.
    /// </summary>
    public static class MemorySuite
    {
        /// <summary>Measures every server it can and adds the results.</summary>
        public static void Run(Options options, RunResults results)
        {
            int n = options.IdleConnections;
            Console.WriteLine("memory: managed bytes per idle WebSocket connection (" + n + " connections, GC.GetTotalMemory(true))");
            double client;
            using (var remote = new KestrelPeer())
            {
                remote.Start();
                client = ConnectionMemory.HeldPerConnection(remote.Port, n, ConnectionMemory.OpenIdleWebSocket);
            }

            Console.WriteLine("  client side alone                 " + client.ToString("N0").PadLeft(8) + " B/connection (subtracted below)");
            results.Memory.Add(Measure("kestrel", KestrelApp.StartAsync, null, n, client));
            results.Memory.Add(ViperMemory.Measure(n));
        }

        private static MemoryResult Measure(string name, ServerStarter start, string pending, int n, double client)
        {
            var r = new MemoryResult { Server = name, Connections = n };
            if (pending != null)
            {
                r.Error = pending;
                Console.WriteLine("  " + name.PadRight(34) + "pending: " + pending);
                return r;
            }

            try
            {
                IRunningServer server = start(0).GetAwaiter().GetResult();
                try
                {
                    double both = ConnectionMemory.HeldPerConnection(server.Port, n, ConnectionMemory.OpenIdleWebSocket);
                    r.BytesPerConnection = both - client;
                }
                finally
                {
                    server.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }

                Console.WriteLine("  " + name.PadRight(34) + r.BytesPerConnection.Value.ToString("N0").PadLeft(8) + " B/connection");
            }
            catch (Exception e)
            {
                r.Error = e.GetType().Name + ": " + e.Message;
                Console.WriteLine("  " + name.PadRight(34) + "failed: " + r.Error);
            }

            return r;
        }
    }
}
