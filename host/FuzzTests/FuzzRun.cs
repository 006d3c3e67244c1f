using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Xunit;
using Xunit.Abstractions;

namespace Viper.Nano.FuzzTests
{
    /// <summary>
    /// Runs one codec's harness over its seed vectors and then over mutated inputs, on a worker
    /// thread watched for progress: an exception, a failed property or an input that stops making
    /// progress fails the test with the input's hex and index, which replay with the same seed.
    /// VIPER_FUZZ_INPUTS sets the number of mutated inputs (default 100,000), VIPER_FUZZ_SEED the
    /// mutator's seed (default fixed, so CI is repeatable; set another to explore), and
    /// VIPER_FUZZ_SEEDS_OUT a folder to write each codec's seed inputs into (one file each), the
    /// starting corpus for a coverage-guided fuzzer such as afl++ (see CONTRIBUTING.md, Fuzzing).
    /// </summary>
    public static class FuzzRun
    {
        /// <summary>How long one input may run before the run counts as hung.</summary>
        private const int StallMs = 10000;

        public static int Inputs => Read("VIPER_FUZZ_INPUTS", 100000);

        public static int Seed => Read("VIPER_FUZZ_SEED", 6455);

        /// <summary>
        /// Checks every seed as it is, then <paramref name="inputs"/> mutations of them (one per
        /// call of <paramref name="check"/>, which gets the input and the mutator for split points).
        /// Returns the inputs per second.
        /// </summary>
        public static double Run(string codec, IList<byte[]> seeds, Action<byte[], Mutator> check, ITestOutputHelper output, int inputs = -1)
        {
            if (inputs < 0) inputs = Inputs;
            int seed = Seed;
            WriteSeeds(codec, seeds);
            var mutator = new Mutator(seed, seeds);
            long progress = 0;
            byte[] current = null;
            long index = -1;
            Exception failure = null;
            var clock = Stopwatch.StartNew();
            var worker = new Thread(() =>
            {
                try
                {
                    for (int i = 0; i < seeds.Count; i++)
                    {
                        index = -1 - i;
                        current = seeds[i];
                        check(current, mutator);
                        Interlocked.Increment(ref progress);
                    }

                    for (int i = 0; i < inputs; i++)
                    {
                        index = i;
                        current = null;
                        current = mutator.Next();
                        check(current, mutator);
                        Interlocked.Increment(ref progress);
                    }
                }
                catch (Exception e)
                {
                    failure = e;
                }
            }, 16 * 1024 * 1024) { IsBackground = true, Name = "fuzz " + codec };
            worker.Start();

            long seen = -1;
            var stalledSince = Stopwatch.StartNew();
            while (!worker.Join(200))
            {
                long now = Interlocked.Read(ref progress);
                if (now != seen)
                {
                    seen = now;
                    stalledSince.Restart();
                }
                else if (stalledSince.ElapsedMilliseconds > StallMs)
                {
                    Assert.Fail(codec + ": input " + Describe(index, current, seed) + " made no progress for " + StallMs + " ms (hang)");
                }
            }

            if (failure != null)
            {
                Assert.Fail(codec + ": input " + Describe(index, current, seed) + " failed: " + failure);
            }

            double seconds = clock.Elapsed.TotalSeconds;
            double rate = (seeds.Count + inputs) / Math.Max(seconds, 1e-9);
            output?.WriteLine(codec + ": " + seeds.Count + " seeds + " + inputs + " mutated inputs in " + seconds.ToString("F2")
                + " s = " + rate.ToString("F0") + " inputs/s (VIPER_FUZZ_SEED=" + seed + ")");
            return rate;
        }

        private static void WriteSeeds(string codec, IList<byte[]> seeds)
        {
            string root = Environment.GetEnvironmentVariable("VIPER_FUZZ_SEEDS_OUT");
            if (string.IsNullOrEmpty(root)) return;
            string folder = System.IO.Path.Combine(root, codec);
            System.IO.Directory.CreateDirectory(folder);
            for (int i = 0; i < seeds.Count; i++) System.IO.File.WriteAllBytes(System.IO.Path.Combine(folder, "seed-" + i.ToString("D3")), seeds[i]);
        }

        private static string Describe(long index, byte[] input, int seed) =>
            (index < 0 ? "seed #" + (-1 - index) : "#" + index + " (VIPER_FUZZ_SEED=" + seed + ")")
            + " hex " + (input == null ? "?" : Convert.ToHexString(input));

        private static int Read(string name, int fallback)
        {
            string text = Environment.GetEnvironmentVariable(name);
            return int.TryParse(text, out int value) && value >= 0 ? value : fallback;
        }

        /// <summary>Throws (with <paramref name="what"/>) unless <paramref name="condition"/>: cheaper than Assert in hot loops.</summary>
        public static void Check(bool condition, string what)
        {
            if (!condition) throw new FuzzFinding(what);
        }
    }

    /// <summary>
    /// The fuzzers keep both cores busy for a few seconds: they run alone, after the other tests,
    /// so that timing-sensitive wire tests never share the machine with them.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class FuzzCollection
    {
        public const string Name = "Fuzz";
    }

    /// <summary>A property the harness checks did not hold.</summary>
    public sealed class FuzzFinding : Exception
    {
        public FuzzFinding(string message) : base(message)
        {
        }
    }
}
