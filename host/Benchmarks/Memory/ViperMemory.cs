using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Viper.Nano.Benchmarks.Peers;
using Viper.Nano.Benchmarks.Report;
using Viper.Nano.Server;

namespace Viper.Nano.Benchmarks.Memory
{
    /// <summary>
    /// Managed bytes per idle WebSocket connection for Viper.Nano. Its memory is mostly taken
    /// when the server starts (every slot's buffers, thread and parser state), not when a client
    /// connects, so the probe counts both: the server runs in a child process
    /// (<c>--serve-viper-memory N</c>) that reports GC.GetTotalMemory(true) before it starts a
    /// server with N slots, after, and once the harness holds N idle connections to /ws/echo.
    /// In its own process the figure owes nothing to what the harness did before (Kestrel's
    /// pools, the load tests' sockets) and needs no correction for the clients.
    /// The slot's receive and send buffers (ServerOptions.ReceiveBufferSize and SendBufferSize)
    /// are then taken out: the figure is what a connection holds beyond its buffers.
    /// </summary>
    public static class ViperMemory
    {
        /// <summary>The argument that runs the probe's server in a child process.</summary>
        public const string ServeOption = "--serve-viper-memory";

        // An array of bytes on 64-bit .NET: method table, length and padding before the data.
        private const int ArrayOverhead = 24;

        /// <summary>Measures with <paramref name="n"/> slots and connections.</summary>
        public static MemoryResult Measure(int n)
        {
            var r = new MemoryResult { Server = "viper", Connections = n };
            try
            {
                using var child = new ChildProcessPeer("viper-memory", SelfLaunch.FileName, SelfLaunch.Arguments(ServeOption, n.ToString()), null, answersStats: false);
                child.Start();
                string[] banner = child.Banner.Split(' ');
                long before = long.Parse(Field(banner, "before="));
                long started = long.Parse(Field(banner, "started="));
                var idle = new List<IDisposable>(n);
                try
                {
                    for (int i = 0; i < n; i++) idle.Add(ConnectionMemory.OpenIdleWebSocket(child.Port));
                    Thread.Sleep(500);
                    long after = child.HeldBytes();
                    var o = new ServerOptions();
                    int buffers = o.ReceiveBufferSize + o.SendBufferSize + 2 * ArrayOverhead;
                    double slot = (double)(started - before) / n;
                    double connection = (double)(after - started) / n;
                    r.TotalBytesPerConnection = slot + connection;
                    r.BuffersPerConnection = buffers;
                    r.BytesPerConnection = slot + connection - buffers;
                    r.Note = "slot at start-up " + slot.ToString("N0") + " B (buffers " + buffers.ToString("N0") + " B included) + per connection " +
                        connection.ToString("N0") + " B; default ServerOptions with MaxConnections = " + n + ", server in a child process";
                }
                finally
                {
                    foreach (IDisposable d in idle) d.Dispose();
                }

                Console.WriteLine("  " + "viper, beyond its buffers".PadRight(34) + r.BytesPerConnection.Value.ToString("N0").PadLeft(8) + " B/connection (" + r.Note + ")");
            }
            catch (Exception e)
            {
                r.Error = e.GetType().Name + ": " + e.Message;
                Console.WriteLine("  " + "viper".PadRight(34) + "failed: " + r.Error);
            }

            return r;
        }

        /// <summary>
        /// The child's side: warms the code paths on a throwaway server, then reports the held
        /// bytes before and after starting a server with <paramref name="n"/> slots in its
        /// LISTENING line, and serves until told to quit (answering <c>memory</c>).
        /// </summary>
        public static Task<int> ServeAsync(int n)
        {
            using (ViperApp.Running warm = ViperApp.Start(0, 8))
            {
                var clients = new List<IDisposable>();
                for (int i = 0; i < 4; i++) clients.Add(ConnectionMemory.OpenIdleWebSocket(warm.Port));
                Thread.Sleep(200);
                foreach (IDisposable c in clients) c.Dispose();
            }

            Thread.Sleep(200);
            long before = GC.GetTotalMemory(true);
            ViperApp.Running server = ViperApp.Start(0, n);
            Thread.Sleep(500);
            long started = GC.GetTotalMemory(true);
            string name = "viper-memory before=" + before.ToString(CultureInfo.InvariantCulture) + " started=" + started.ToString(CultureInfo.InvariantCulture);
            return ServeMode.RunAsync(name, _ => Task.FromResult<IRunningServer>(server), 0);
        }

        private static string Field(string[] words, string prefix)
        {
            foreach (string w in words)
            {
                if (w.StartsWith(prefix, StringComparison.Ordinal)) return w.Substring(prefix.Length);
            }

            throw new FormatException("the probe's child did not report " + prefix);
        }
    }
}
