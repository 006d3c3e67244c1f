using System;
using System.Collections.Generic;
using Viper.Nano.Benchmarks.Peers;
using Viper.Nano.Benchmarks.Report;
using Viper.Nano.Server;

namespace Viper.Nano.Benchmarks.Memory
{
    /// <summary>
    /// Managed bytes per idle WebSocket connection for Viper.Nano. Its memory is mostly taken
    /// when the server starts (every slot's buffers, thread and parser state), not when a client
    /// connects, so the probe counts both: GC.GetTotalMemory(true) before the server starts and
    /// after N idle connections to a server with N slots, divided by N, minus the client's share.
    /// The slot's receive and send buffers (ServerOptions.ReceiveBufferSize and SendBufferSize)
    /// are then taken out: the figure is what a connection holds beyond its buffers. The split
    /// (slot at start-up / what each connection adds) is reported too.
    /// </summary>
    public static class ViperMemory
    {
        // An array of bytes on 64-bit .NET: method table, length and padding before the data.
        private const int ArrayOverhead = 24;

        /// <summary>Measures with <paramref name="n"/> slots and connections; <paramref name="client"/> is subtracted.</summary>
        public static MemoryResult Measure(int n, double client)
        {
            var r = new MemoryResult { Server = "viper", Connections = n };
            try
            {
                // JIT, socket and thread start-up paths, on a throwaway server.
                using (ViperApp.Running warm = ViperApp.Start(0, 32))
                {
                    Close(Open(warm.Port, 32));
                }

                Settle();
                long before = GC.GetTotalMemory(true);
                ViperApp.Running server = ViperApp.Start(0, n);
                try
                {
                    Settle();
                    long started = GC.GetTotalMemory(true);
                    List<IDisposable> idle = Open(server.Port, n);
                    Settle();
                    long after = GC.GetTotalMemory(true);
                    GC.KeepAlive(idle);
                    Close(idle);

                    ServerOptions o = server.Server.Options;
                    int buffers = o.ReceiveBufferSize + o.SendBufferSize + 2 * ArrayOverhead;
                    double slot = (double)(started - before) / n;
                    double connection = (double)(after - started) / n - client;
                    r.TotalBytesPerConnection = slot + connection;
                    r.BuffersPerConnection = buffers;
                    r.BytesPerConnection = slot + connection - buffers;
                    r.Note = "slot at start-up " + slot.ToString("N0") + " B (buffers " + buffers.ToString("N0") + " B included) + per connection " +
                        connection.ToString("N0") + " B; default ServerOptions with MaxConnections = " + n;
                }
                finally
                {
                    server.Dispose();
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

        private static List<IDisposable> Open(int port, int count)
        {
            var list = new List<IDisposable>(count);
            try
            {
                for (int i = 0; i < count; i++) list.Add(ConnectionMemory.OpenIdleWebSocket(port));
            }
            catch
            {
                Close(list);
                throw;
            }

            return list;
        }

        private static void Close(List<IDisposable> list)
        {
            foreach (IDisposable d in list) d.Dispose();
            list.Clear();
        }

        // Let every slot thread reach its wait (server start) or its receive loop (connections).
        private static void Settle() => System.Threading.Thread.Sleep(500);
    }
}
