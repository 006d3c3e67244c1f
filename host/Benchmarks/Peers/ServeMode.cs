using System;
using System.Runtime;
using System.Threading.Tasks;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>
    /// The child side of <see cref="ChildProcessPeer"/>: runs one server in this process and
    /// talks to the harness over stdio. It prints <c>LISTENING port</c> once ready; it answers
    /// the line <c>stats</c> with <c>STATS bytes</c> (managed bytes allocated by the whole
    /// process so far, for allocated-bytes-per-operation) and <c>memory</c> with
    /// <c>MEMORY bytes</c> (managed bytes held, after a full collection); <c>quit</c> or the end of stdin
    /// (the harness died) stops it.
    /// </summary>
    public static class ServeMode
    {
        /// <summary>Serves until told to stop; returns the process exit code.</summary>
        public static async Task<int> RunAsync(string name, ServerStarter start, int port)
        {
            IRunningServer server = await start(port);
            Console.Out.WriteLine("LISTENING " + server.Port + " " + name + " gc=" + (GCSettings.IsServerGC ? "server" : "workstation"));
            Console.Out.Flush();
            while (true)
            {
                string line = await Console.In.ReadLineAsync();
                if (line == null || line == "quit") break;
                if (line == "stats")
                {
                    Console.Out.WriteLine("STATS " + GC.GetTotalAllocatedBytes(true));
                    Console.Out.Flush();
                }
                else if (line == "memory")
                {
                    Console.Out.WriteLine("MEMORY " + GC.GetTotalMemory(true));
                    Console.Out.Flush();
                }
            }

            await server.DisposeAsync();
            return 0;
        }
    }
}
