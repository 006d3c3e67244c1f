using System.Collections.Generic;
using System.IO;
using Viper.Nano.Benchmarks.Driver;

namespace Viper.Nano.Benchmarks.Report
{
    /// <summary>Prints a run as plain-text tables: absolute load figures per server, micro, memory, summary.</summary>
    public static class TableReport
    {
        private static readonly string[] Tests = { "ws-echo", "broadcast", "http-get" };

        /// <summary>Writes the tables for <paramref name="r"/> to <paramref name="w"/>.</summary>
        public static void Print(RunResults r, TextWriter w)
        {
            w.WriteLine();
            if (r.Load.Count > 0 || r.SkippedPeers.Count > 0) PrintLoad(r, w);
            if (r.Micro.Count > 0) PrintMicro(r, w);
            if (r.Memory.Count > 0) PrintMemory(r, w);
            PrintSummary(r, w);
        }

        private static void PrintLoad(RunResults r, TextWriter w)
        {
            w.WriteLine("== load, per server (operations per second; server-side allocated bytes per operation in brackets)");
            w.WriteLine(Cell("test", 11) + Cell("unit", 15) + Cell("viper", 24) + Cell("kestrel", 24) + "node-ws");
            foreach (string test in Tests)
            {
                string unit = null;
                var cells = new List<string>();
                foreach (string peer in Options.AllPeers)
                {
                    LoadResult x = r.Find(test, peer);
                    if (x != null) unit = x.Unit;
                    cells.Add(x == null ? (r.SkippedPeers.ContainsKey(peer) ? "skipped" : "-")
                        : x.Error != null ? "failed"
                        : x.PerSecond.ToString("N0") + (x.AllocatedBytesPerOp.HasValue ? " (" + x.AllocatedBytesPerOp.Value.ToString("N0") + " B/op)" : ""));
                }

                if (unit == null) continue;
                w.WriteLine(Cell(test, 11) + Cell(unit, 15) + Cell(cells[0], 24) + Cell(cells[1], 24) + cells[2]);
            }

            foreach (LoadResult x in r.Load)
            {
                if (x.Error != null) w.WriteLine("  " + x.Test + " against " + x.Peer + " failed: " + x.Error);
            }

            foreach (KeyValuePair<string, string> s in r.SkippedPeers) w.WriteLine("  " + s.Key + " skipped: " + s.Value);
            w.WriteLine();
        }

        private static void PrintMicro(RunResults r, TextWriter w)
        {
            w.WriteLine("== micro-benchmarks (Viper.Nano code, on this PC)");
            w.WriteLine(Cell("benchmark", 30) + Cell("ns/op", 12) + "allocated B/op");
            foreach (MicroResult m in r.Micro)
            {
                if (m.Pending != null) continue;
                w.WriteLine(Cell(m.Name, 30) + Cell(m.NanosecondsPerOp?.ToString("F1") ?? "-", 12) + (m.AllocatedBytesPerOp?.ToString("0.##") ?? "-"));
            }

            foreach (MicroResult m in r.Micro)
            {
                if (m.Pending != null) w.WriteLine(Cell(m.Name, 30) + "pending: " + m.Pending);
            }

            w.WriteLine();
        }

        private static void PrintMemory(RunResults r, TextWriter w)
        {
            w.WriteLine("== managed bytes held per idle WebSocket connection, server side");
            foreach (MemoryResult m in r.Memory)
            {
                w.WriteLine(Cell(m.Server, 11) + (m.BytesPerConnection.HasValue
                    ? m.BytesPerConnection.Value.ToString("N0") + " B (" + m.Connections + " connections)" +
                      (m.TotalBytesPerConnection.HasValue ? " beyond its buffers; " + m.TotalBytesPerConnection.Value.ToString("N0") + " B with them" : "")
                    : "n/a: " + m.Error));
                if (m.Note != null) w.WriteLine(Cell("", 11) + m.Note);
            }

            w.WriteLine();
        }

        private static void PrintSummary(RunResults r, TextWriter w)
        {
            Summary s = Summary.From(r);
            w.WriteLine("== summary (the --json figures; null = not measured, with the reason)");
            foreach (Figure f in s.AllocatedBytesPerOp) PrintFigure(w, "allocatedBytesPerOp." + f.Key, f, "0.##");
            foreach (Figure f in s.ThroughputRatio) PrintFigure(w, "throughputRatio." + f.Key, f, "0.000");
            PrintFigure(w, "bytesPerConnection", s.BytesPerConnection, "N0");
            w.WriteLine(Summary.ViperState);
        }

        private static void PrintFigure(TextWriter w, string name, Figure f, string format) =>
            w.WriteLine(Cell(name, 44) + (f.Value.HasValue ? f.Value.Value.ToString(format) : "null  (" + f.WhyNull + ")"));

        private static string Cell(string text, int width) => text.Length >= width ? text + " " : text.PadRight(width);
    }
}
