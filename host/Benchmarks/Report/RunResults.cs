using System.Collections.Generic;
using Viper.Nano.Benchmarks.Driver;

namespace Viper.Nano.Benchmarks.Report
{
    /// <summary>One micro-benchmark: time and managed bytes per operation, or why it is missing.</summary>
    public sealed class MicroResult
    {
        public string Name;
        public double? NanosecondsPerOp;
        public double? AllocatedBytesPerOp;

        /// <summary>Why it could not run (a pending stub), or null.</summary>
        public string Pending;
    }

    /// <summary>Managed bytes one server holds per idle WebSocket connection.</summary>
    public sealed class MemoryResult
    {
        public string Server;
        public int Connections;
        public double? BytesPerConnection;

        /// <summary>Viper.Nano: everything a connection holds, its slot's buffers included (BytesPerConnection is without them).</summary>
        public double? TotalBytesPerConnection;

        /// <summary>Viper.Nano: the slot's receive and send buffers, taken out of BytesPerConnection.</summary>
        public double? BuffersPerConnection;

        /// <summary>How the figure splits up, for the table; or null.</summary>
        public string Note;

        /// <summary>Why there is no figure, or null.</summary>
        public string Error;
    }

    /// <summary>Everything one run measured, for the table, the JSON and the plot.</summary>
    public sealed class RunResults
    {
        public readonly List<LoadResult> Load = new List<LoadResult>();
        public readonly List<MicroResult> Micro = new List<MicroResult>();
        public readonly List<MemoryResult> Memory = new List<MemoryResult>();

        /// <summary>Peers that did not run, with the reason (and how to fix it).</summary>
        public readonly Dictionary<string, string> SkippedPeers = new Dictionary<string, string>();

        /// <summary>The load result of <paramref name="test"/> against <paramref name="peer"/>, or null.</summary>
        public LoadResult Find(string test, string peer)
        {
            foreach (LoadResult r in Load)
            {
                if (r.Test == test && r.Peer == peer) return r;
            }

            return null;
        }

        /// <summary>The micro result named <paramref name="name"/>, or null.</summary>
        public MicroResult FindMicro(string name)
        {
            foreach (MicroResult r in Micro)
            {
                if (r.Name == name) return r;
            }

            return null;
        }

        /// <summary>The memory result of <paramref name="server"/>, or null.</summary>
        public MemoryResult FindMemory(string server)
        {
            foreach (MemoryResult r in Memory)
            {
                if (r.Server == server) return r;
            }

            return null;
        }
    }
}
