using System;
using nanoFramework.TestFramework;

namespace Viper.Nano.InterpreterBench
{
    /// <summary>Runs <paramref name="count"/> operations of one benchmark.</summary>
    public delegate void Batch(int count);

    /// <summary>
    /// Times batches of operations on the interpreter and finds what each operation leaves on
    /// the heap. nanoFramework has no Stopwatch: DateTime.UtcNow ticks are 100 ns, so a batch
    /// is grown until it lasts at least <see cref="MinBatchTicks"/>, and the fastest of
    /// <see cref="Runs"/> batches is reported: on a shared machine the slower ones also measure
    /// the other processes.
    /// </summary>
    public static class Harness
    {
        /// <summary>Timed batches per operation; the fastest is reported.</summary>
        public static int Runs = 5;

        /// <summary>Shortest batch: 100 ms.</summary>
        public const long MinBatchTicks = 1000000;

        // Bytes left free under the filler while looking for allocations (see BytesPerOp).
        private const int Reserve = 8192;
        private const int ProbeOps = 2048;

        // Held in a static: the optimiser drops locals that are only written.
        private static object[] _filler;
        private static byte[] _reserve;

        /// <summary>Measures and prints one line: name, microseconds per operation, bytes per operation.</summary>
        public static void Measure(string name, Batch batch)
        {
            Measure(name, batch, 1);
        }

        /// <summary>As above; the heap probe runs <paramref name="probeUnit"/> operations per step (a whole keep-alive connection).</summary>
        public static void Measure(string name, Batch batch, int probeUnit)
        {
            batch(16); // warm up: statics, first-call costs
            int count = 16;
            while (Elapsed(batch, count) < MinBatchTicks / 4 && count < (1 << 24)) count *= 2;
            long probe = Elapsed(batch, count);
            if (probe < MinBatchTicks) count = (int)(count * (MinBatchTicks / (double)(probe < 1 ? 1 : probe))) + 1;
            double[] us = new double[Runs];
            for (int r = 0; r < Runs; r++) us[r] = Elapsed(batch, count) / 10.0 / count;
            string bytes = BytesPerOp(batch, probeUnit);
            OutputHelper.WriteLine("BENCH\t" + name + "\t" + Min(us).ToString("F2") + "\t" + bytes + "\t" + count);
        }

        private static long Elapsed(Batch batch, int count)
        {
            long start = DateTime.UtcNow.Ticks;
            batch(count);
            return DateTime.UtcNow.Ticks - start;
        }

        private static double Min(double[] values)
        {
            double min = values[0];
            for (int i = 1; i < values.Length; i++) if (values[i] < min) min = values[i];
            return min;
        }

        /// <summary>
        /// Heap bytes one operation allocates. nanoCLR collects only when an allocation does not
        /// fit, and GC.Run returns the free heap only after collecting, so garbage is invisible to
        /// a before/after count. Instead: set <see cref="Reserve"/> bytes aside, fill the rest of
        /// the heap until allocations fail, give the reserve back (one collection), hold a weak
        /// reference to a fresh object, and run single operations until that object is collected,
        /// which happens when the operations' garbage has used up the reserve. An operation that
        /// allocates nothing runs <see cref="ProbeOps"/> times without a collection ("0"; any
        /// allocation takes at least one 12-byte heap block, so 2048 of them overflow the
        /// reserve). Otherwise the reserve divided by the operations it took is the figure
        /// ("~N": within one operation's worth).
        /// </summary>
        private static string BytesPerOp(Batch batch, int unit)
        {
            // A step of many operations needs a larger reserve to be told apart from one, and then
            // more operations to show that nothing is allocated (12 bytes each must overflow it).
            int reserveBytes = unit == 1 ? Reserve : 8 * Reserve;
            int limit = unit == 1 ? ProbeOps : 4 * ProbeOps;
            _reserve = new byte[reserveBytes];
            _filler = Fill();
            _reserve = null;
            nanoFramework.Runtime.Native.GC.Run(true);
            WeakReference marker = new WeakReference(new object());
            int ops = 0;
            try
            {
                while (ops < limit && marker.IsAlive)
                {
                    batch(unit);
                    ops += unit;
                }
            }
            catch (OutOfMemoryException)
            {
                ops = -1;
            }

            bool collected = !marker.IsAlive;
            _filler = null;
            nanoFramework.Runtime.Native.GC.Run(true);
            if (ops < 0) return "?";
            if (!collected) return "0";
            return "~" + (reserveBytes / (ops == 0 ? 1 : ops)).ToString();
        }

        // Allocates until nothing fits, in ever smaller pieces chained through their first element.
        private static object[] Fill()
        {
            object[] head = null;
            int[] sizes = { 1365, 85, 5, 1 }; // object[] elements: one 12-byte heap block each
            for (int s = 0; s < sizes.Length; s++)
            {
                try
                {
                    while (true)
                    {
                        object[] piece = new object[sizes[s] < 2 ? 2 : sizes[s]];
                        piece[0] = head;
                        head = piece;
                    }
                }
                catch (OutOfMemoryException)
                {
                }
            }

            return head;
        }
    }
}
