using System;
using System.Collections.Generic;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Viper.Nano.Benchmarks.Report;

namespace Viper.Nano.Benchmarks.Micro
{
    /// <summary>
    /// Runs the micro-benchmarks: BenchmarkDotNet with the memory diagnoser in a full run, the
    /// <see cref="AllocMeter"/> in a quick one. Stubs marked <see cref="PendingAttribute"/> are
    /// reported with their reason and not run.
    /// </summary>
    public static class MicroSuite
    {
        /// <summary>The benchmark classes, in report order.</summary>
        public static readonly Type[] Classes = { typeof(CryptoBenchmarks), typeof(HttpBenchmarks), typeof(WebSocketBenchmarks) };

        /// <summary>Runs every micro-benchmark and adds the results.</summary>
        public static void Run(Options options, RunResults results)
        {
            Console.WriteLine(options.Quick
                ? "micro: alloc meter (exact bytes/op, Stopwatch times)"
                : "micro: BenchmarkDotNet with MemoryDiagnoser (in-process toolchain)");
            foreach (Type type in Classes)
            {
                foreach (MethodInfo m in BenchmarkMethods(type))
                {
                    var pending = m.GetCustomAttribute<PendingAttribute>();
                    if (pending != null) results.Micro.Add(new MicroResult { Name = NameOf(m), Pending = pending.Reason });
                }
            }

            if (options.Quick)
            {
                foreach (Type type in Classes) MeasureQuick(type, results);
            }
            else
            {
                BenchmarkDotNetRunner.Run(Classes, results);
            }
        }

        /// <summary>The [Benchmark] methods of <paramref name="type"/>, pending or not.</summary>
        public static IEnumerable<MethodInfo> BenchmarkMethods(Type type)
        {
            foreach (MethodInfo m in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                if (m.GetCustomAttribute<BenchmarkAttribute>() != null) yield return m;
            }
        }

        /// <summary>The report name of a benchmark: its Description (e.g. "frame-decode-125B").</summary>
        public static string NameOf(MethodInfo m) => m.GetCustomAttribute<BenchmarkAttribute>()?.Description ?? m.Name;

        private static void MeasureQuick(Type type, RunResults results)
        {
            object instance = Activator.CreateInstance(type);
            foreach (MethodInfo m in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                if (m.GetCustomAttribute<GlobalSetupAttribute>() != null) m.Invoke(instance, null);
            }

            foreach (MethodInfo m in BenchmarkMethods(type))
            {
                if (m.GetCustomAttribute<PendingAttribute>() != null) continue;
                MicroResult r = AllocMeter.Measure(NameOf(m), instance, m, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(200));
                results.Micro.Add(r);
                Console.WriteLine("  " + r.Name.PadRight(28) + r.NanosecondsPerOp.Value.ToString("F1").PadLeft(10) + " ns/op " +
                    r.AllocatedBytesPerOp.Value.ToString("0.##").PadLeft(8) + " B/op");
            }
        }
    }
}
