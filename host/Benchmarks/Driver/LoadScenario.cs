using System;
using System.Diagnostics;
using System.Threading;
using Viper.Nano.Benchmarks.Peers;

namespace Viper.Nano.Benchmarks.Driver
{
    /// <summary>What one load test measured against one peer.</summary>
    public sealed class LoadResult
    {
        public string Test;
        public string Peer;
        public string Unit;
        public long Operations;
        public double Seconds;

        /// <summary>Managed bytes the server allocated per operation, when the peer can tell.</summary>
        public double? AllocatedBytesPerOp;

        /// <summary>Why the test failed or was skipped; null when it ran.</summary>
        public string Error;

        public double PerSecond => Seconds > 0 ? Operations / Seconds : 0;
    }

    /// <summary>
    /// A load test: open connections, run the client loops through a warm-up, then count
    /// operations over a fixed measured window (and the server's allocations in it).
    /// </summary>
    public abstract class LoadScenario
    {
        /// <summary>Name used by --only and in the JSON: ws-echo, broadcast, http-get.</summary>
        public abstract string Name { get; }

        /// <summary>What one operation is, for the table (e.g. "round trips/s").</summary>
        public abstract string Unit { get; }

        /// <summary>Connects and starts one worker loop per client on <paramref name="workers"/>.</summary>
        protected abstract void Open(int port, Workers workers);

        /// <summary>Closes every socket (which unblocks the workers).</summary>
        protected abstract void Close();

        /// <summary>Runs the test against a started peer.</summary>
        public LoadResult Run(IPeer peer, double warmupSeconds, double durationSeconds)
        {
            var result = new LoadResult { Test = Name, Peer = peer.Name, Unit = Unit };
            var workers = new Workers(64);
            try
            {
                Open(peer.Port, workers);
                Thread.Sleep(TimeSpan.FromSeconds(warmupSeconds));
                Check(workers);

                long? alloc0 = peer.AllocatedBytes();
                long count0 = workers.Total();
                var clock = Stopwatch.StartNew();
                Thread.Sleep(TimeSpan.FromSeconds(durationSeconds));
                long count1 = workers.Total();
                double seconds = clock.Elapsed.TotalSeconds;
                long? alloc1 = peer.AllocatedBytes();
                Check(workers);

                result.Operations = count1 - count0;
                result.Seconds = seconds;
                if (alloc0.HasValue && alloc1.HasValue && result.Operations > 0)
                    result.AllocatedBytesPerOp = (double)(alloc1.Value - alloc0.Value) / result.Operations;
                if (result.Operations == 0) result.Error = "no operation completed in the measured window";
            }
            catch (Exception e)
            {
                result.Error = e.GetType().Name + ": " + e.Message;
            }
            finally
            {
                workers.Stop();
                Close();
                workers.Join();
            }

            return result;
        }

        private static void Check(Workers workers)
        {
            Exception e = workers.Error;
            if (e != null) throw new InvalidOperationException("a client failed: " + e.Message, e);
        }
    }
}
