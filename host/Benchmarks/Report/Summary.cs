using System;
using System.Collections.Generic;
using Viper.Nano.Benchmarks.Driver;
using Viper.Nano.Benchmarks.Peers;

namespace Viper.Nano.Benchmarks.Report
{
    /// <summary>One figure of the summary JSON, or why it is null.</summary>
    public sealed class Figure
    {
        public string Key;
        public double? Value;
        public string WhyNull;
    }

    /// <summary>
    /// The summary the issue asks for, from a run's results: Viper.Nano's allocated bytes per
    /// operation, its throughput over each peer's, and its bytes per idle connection. Every value
    /// that could not be measured is null with a reason, printed with the table.
    /// </summary>
    public sealed class Summary
    {
        public readonly List<Figure> AllocatedBytesPerOp = new List<Figure>();
        public readonly List<Figure> ThroughputRatio = new List<Figure>();
        public Figure BytesPerConnection;

        /// <summary>Builds the summary of <paramref name="r"/>.</summary>
        public static Summary From(RunResults r)
        {
            var s = new Summary();
            // Per operation on the server, from the load runs against the Viper.Nano child process.
            s.AllocatedBytesPerOp.Add(ServerAlloc(r, "ws-echo-frame", "ws-echo"));
            s.AllocatedBytesPerOp.Add(ServerAlloc(r, "broadcast-per-member", "broadcast"));
            s.AllocatedBytesPerOp.Add(ServerAlloc(r, "http-get", "http-get"));
            // From the micro-benchmarks; where there are variants, the worst one counts.
            s.AllocatedBytesPerOp.Add(Micro(r, "route-match", "route-match"));
            s.AllocatedBytesPerOp.Add(Micro(r, "frame-decode", "frame-decode-125B", "frame-decode-4KB"));
            s.AllocatedBytesPerOp.Add(Micro(r, "frame-encode", "frame-encode-125B"));

            s.ThroughputRatio.Add(Ratio(r, "ws-echo", "kestrel"));
            s.ThroughputRatio.Add(Ratio(r, "broadcast", "kestrel"));
            s.ThroughputRatio.Add(Ratio(r, "http-get", "kestrel"));
            s.ThroughputRatio.Add(Ratio(r, "ws-echo", "node-ws"));
            s.ThroughputRatio.Add(Ratio(r, "broadcast", "node-ws"));

            MemoryResult m = r.FindMemory("viper");
            s.BytesPerConnection = new Figure
            {
                Key = "bytesPerConnection",
                Value = m?.BytesPerConnection,
                WhyNull = m == null ? "the memory test did not run (--only)" : m.Error,
            };
            return s;
        }

        private static Figure ServerAlloc(RunResults r, string key, string test)
        {
            LoadResult v = r.Find(test, "viper");
            return new Figure { Key = key, Value = v?.AllocatedBytesPerOp, WhyNull = v == null ? NotRun(r, test, "viper") : v.Error };
        }

        private static Figure Micro(RunResults r, string key, params string[] names)
        {
            var f = new Figure { Key = key };
            double worst = 0;
            foreach (string name in names)
            {
                MicroResult m = r.FindMicro(name);
                if (m == null || m.Pending != null || !m.AllocatedBytesPerOp.HasValue)
                {
                    f.WhyNull = m == null ? "the micro-benchmarks did not run (--only)" : m.Pending ?? "no allocation figure";
                    return f;
                }

                worst = Math.Max(worst, m.AllocatedBytesPerOp.Value);
            }

            f.Value = worst;
            return f;
        }

        private static Figure Ratio(RunResults r, string test, string peer)
        {
            var f = new Figure { Key = test + "-vs-" + peer };
            LoadResult v = r.Find(test, "viper");
            LoadResult p = r.Find(test, peer);
            if (v == null || v.Error != null) f.WhyNull = v == null ? NotRun(r, test, "viper") : "viper: " + v.Error;
            else if (p == null || p.Error != null) f.WhyNull = p == null ? NotRun(r, test, peer) : peer + ": " + p.Error;
            else f.Value = v.PerSecond / p.PerSecond;
            return f;
        }

        private static string NotRun(RunResults r, string test, string peer)
        {
            if (peer == "viper" && ViperApp.Pending != null) return "Viper.Nano is not plugged in yet";
            return r.SkippedPeers.TryGetValue(peer, out string why) ? peer + " skipped: " + why : test + " against " + peer + " did not run (--only/--peers)";
        }

        /// <summary>The Viper.Nano plug-in state, for the table's footer.</summary>
        public static string ViperState => ViperApp.Pending == null ? "Viper.Nano measured" : "Viper.Nano not measured yet: " + ViperApp.Pending;
    }
}
