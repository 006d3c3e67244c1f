using System;
using System.Collections.Generic;
using System.Threading;
using Viper.Nano.Benchmarks.Driver;

namespace Viper.Nano.Benchmarks.Memory
{
    /// <summary>Opens one idle connection to the server under test; the result stays open until disposed.</summary>
    public delegate IDisposable ConnectionOpener(int port);

    /// <summary>
    /// Managed bytes held per idle connection: GC.GetTotalMemory(true) before and after opening
    /// N connections that then sit idle, divided by N. The clients are in this process too, so
    /// the same count is taken against a server in another process (the clients alone) and
    /// subtracted. The clients are kept slim (tiny buffers) to keep that correction small.
    /// </summary>
    public static class ConnectionMemory
    {
        /// <summary>The idle WebSocket connection the probe opens: /ws/echo, a finished handshake, tiny buffers.</summary>
        public static IDisposable OpenIdleWebSocket(int port) => WsClient.Connect(port, "/ws/echo", maxPayload: 125, receiveCapacity: 512);

        /// <summary>
        /// Managed bytes this process holds per connection after opening <paramref name="count"/>
        /// connections to <paramref name="port"/> with <paramref name="open"/>. When the server
        /// runs in this process, that is the server's share plus the client's.
        /// </summary>
        public static double HeldPerConnection(int port, int count, ConnectionOpener open)
        {
            // Warm the paths (JIT, socket and pool set-up) so they are not counted.
            Close(OpenMany(port, 32, open));
            Settle();

            long before = GC.GetTotalMemory(true);
            List<IDisposable> idle = OpenMany(port, count, open);
            Settle();
            long after = GC.GetTotalMemory(true);
            GC.KeepAlive(idle);
            Close(idle);
            return (double)(after - before) / count;
        }

        private static List<IDisposable> OpenMany(int port, int count, ConnectionOpener open)
        {
            var list = new List<IDisposable>(count);
            try
            {
                for (int i = 0; i < count; i++) list.Add(open(port));
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

        // Give the server time to reach its idle state (its receive loop waiting) on every connection.
        private static void Settle() => Thread.Sleep(500);
    }
}
