using System;
using System.Collections.Generic;
using System.Diagnostics;
using Viper.Nano.Benchmarks.Driver;
using Viper.Nano.Benchmarks.Memory;
using Viper.Nano.Benchmarks.Micro;
using Viper.Nano.Benchmarks.Peers;
using Viper.Nano.Benchmarks.Report;

namespace Viper.Nano.Benchmarks
{
    /// <summary>Runs the selected tests in order and reports them.</summary>
    public static class Harness
    {
        /// <summary>Runs everything <paramref name="options"/> selects; returns the exit code.</summary>
        public static int Run(Options options)
        {
            var clock = Stopwatch.StartNew();
            var results = new RunResults();
            Console.WriteLine("Viper.Nano benchmarks: " + (options.Quick ? "quick" : "full") + " run, " +
                options.WarmupSeconds + " s warm-up + " + options.DurationSeconds + " s per load test, " +
                (options.ViperScale > 1 ? "Viper.Nano buffers and broadcast bounds x" + options.ViperScale + " (--viper-scale), " : "") +
                (options.ViperImmediateRelay ? "Viper.Nano relays with BroadcastText (--viper-relay broadcast), " : "") +
                Environment.ProcessorCount + " cores, " + (Debugger.IsAttached || !IsOptimized() ? "NOT optimized (use -c Release)" : "Release"));

            if (options.Runs("micro")) MicroSuite.Run(options, results);
            RunLoad(options, results);
            if (options.Runs("memory")) MemorySuite.Run(options, results);

            TableReport.Print(results, Console.Out);
            if (options.JsonPath != null)
            {
                JsonReport.Write(results, options.JsonPath);
                Console.WriteLine("wrote " + options.JsonPath);
            }

            if (options.SvgPath != null)
            {
                SvgPlot.Write(results, options.SvgPath);
                Console.WriteLine("wrote " + options.SvgPath);
            }

            Console.WriteLine("done in " + clock.Elapsed.TotalSeconds.ToString("F0") + " s");
            return 0;
        }

        private static void RunLoad(Options options, RunResults results)
        {
            var scenarios = new List<Func<LoadScenario>>();
            if (options.Runs("ws-echo")) scenarios.Add(() => new EchoScenario());
            if (options.Runs("broadcast")) scenarios.Add(() => new BroadcastScenario());
            if (options.Runs("http-get")) scenarios.Add(() => new HttpGetScenario());
            if (scenarios.Count == 0) return;

            foreach (Func<IPeer> make in PeerList(options.ViperScale, options.ViperImmediateRelay))
            {
                using IPeer peer = make();
                if (!options.Peers.Contains(peer.Name)) continue;
                if (peer.SkipReason != null)
                {
                    results.SkippedPeers[peer.Name] = peer.SkipReason;
                    Console.WriteLine("skip " + peer.Name + ": " + peer.SkipReason);
                    continue;
                }

                try
                {
                    peer.Start();
                }
                catch (Exception e)
                {
                    results.SkippedPeers[peer.Name] = "failed to start: " + e.Message;
                    Console.WriteLine("skip " + peer.Name + ": failed to start: " + e.Message);
                    continue;
                }

                Console.WriteLine("peer " + peer.Name + " on port " + peer.Port + (peer is ChildProcessPeer c ? " (" + c.Banner + ")" : ""));
                foreach (Func<LoadScenario> scenario in scenarios)
                {
                    LoadResult r = scenario().Run(peer, options.WarmupSeconds, options.DurationSeconds);
                    results.Load.Add(r);
                    Console.WriteLine("  " + r.Test.PadRight(10) + (r.Error ?? r.PerSecond.ToString("N0") + " " + r.Unit +
                        (r.AllocatedBytesPerOp.HasValue ? ", server allocated " + r.AllocatedBytesPerOp.Value.ToString("N0") + " B/op" : "")));
                }
            }
        }

        /// <summary>The peers in the order they run: Viper.Nano first, then the references.</summary>
        public static IEnumerable<Func<IPeer>> PeerList(int viperScale, bool viperImmediateRelay)
        {
            yield return () => new ViperPeer(viperScale, viperImmediateRelay);
            yield return () => new KestrelPeer();
            yield return () => new NodeWsPeer();
        }

        private static bool IsOptimized()
        {
            object[] attributes = typeof(Harness).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false);
            return attributes.Length == 0 || !((DebuggableAttribute)attributes[0]).IsJITOptimizerDisabled;
        }
    }
}
