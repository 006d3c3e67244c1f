using System;
using System.Diagnostics;
using System.Reflection;
using System.Threading;
using Viper.Nano.Benchmarks.Report;

namespace Viper.Nano.Benchmarks.Micro
{
    /// <summary>
    /// The quick stand-in for BenchmarkDotNet: runs one benchmark method through a typed
    /// delegate (no reflection or boxing per call) long enough for tiered JIT to settle, then
    /// counts the bytes this thread allocated over N calls (exact: GC.GetAllocatedBytesForCurrentThread)
    /// and times them with a Stopwatch. Bytes per op are exact; the times are indicative.
    /// </summary>
    public static class AllocMeter
    {
        /// <summary>Measures <paramref name="method"/> on <paramref name="instance"/> (already set up).</summary>
        public static MicroResult Measure(string name, object instance, MethodInfo method, TimeSpan warmup, TimeSpan measure)
        {
            Type r = method.ReturnType;
            if (r == typeof(int)) return Run(name, method.CreateDelegate<Func<int>>(instance), warmup, measure);
            if (r == typeof(byte)) return Run(name, method.CreateDelegate<Func<byte>>(instance), warmup, measure);
            if (r == typeof(long)) return Run(name, method.CreateDelegate<Func<long>>(instance), warmup, measure);
            if (r == typeof(bool)) return Run(name, method.CreateDelegate<Func<bool>>(instance), warmup, measure);
            if (r == typeof(void))
            {
                Action a = method.CreateDelegate<Action>(instance);
                return Run(name, () => { a(); return 0; }, warmup, measure);
            }

            throw new NotSupportedException(method.Name + " returns " + r.Name + "; give micro-benchmarks an int, byte, long, bool or void result");
        }

        private static MicroResult Run<T>(string name, Func<T> op, TimeSpan warmup, TimeSpan measure)
        {
            // Warm up in rounds with pauses, so tier-0 code is replaced before we count.
            var clock = Stopwatch.StartNew();
            long calls = 0;
            while (clock.Elapsed < warmup)
            {
                calls += Loop(op, 1000);
                Thread.Sleep(1);
            }

            // Size N from the warm-up rate so the measurement lasts about `measure`.
            double perCall = Math.Max(1e-9, clock.Elapsed.TotalSeconds / Math.Max(1, calls));
            int n = (int)Math.Clamp(measure.TotalSeconds / perCall, 1000, 50_000_000);

            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            Loop(op, n);
            long ticks = Stopwatch.GetTimestamp() - start;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            return new MicroResult
            {
                Name = name,
                AllocatedBytesPerOp = (double)allocated / n,
                NanosecondsPerOp = ticks * 1e9 / Stopwatch.Frequency / n,
            };
        }

        private static int Loop<T>(Func<T> op, int n)
        {
            T sink = default;
            for (int i = 0; i < n; i++) sink = op();
            GC.KeepAlive(sink);
            return n;
        }
    }
}
