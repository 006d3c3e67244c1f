using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading;

namespace Viper.Nano.Benchmarks.Driver
{
    /// <summary>
    /// Dedicated threads running blocking client loops, each with its own operation counter
    /// (padded to its own cache line, one writer each), and the first error any of them hit.
    /// Blocking threads keep the client cost plain and identical for every server.
    /// </summary>
    public sealed class Workers
    {
        private const int Stride = 16; // 16 longs = 128 bytes between counters: no false sharing
        private readonly long[] counters;
        private readonly List<Thread> threads = new List<Thread>();
        private int stopping;
        private Exception error;

        /// <summary>Room for <paramref name="count"/> counters.</summary>
        public Workers(int count) => counters = new long[(count + 1) * Stride];

        /// <summary>True once <see cref="Stop"/> was called or a worker failed.</summary>
        public bool Stopping => Volatile.Read(ref stopping) != 0;

        /// <summary>The first failure, or null.</summary>
        public Exception Error => Volatile.Read(ref error);

        /// <summary>Adds one to counter <paramref name="index"/> (call only from its own worker).</summary>
        public void Count(int index)
        {
            ref long c = ref counters[(index + 1) * Stride];
            Volatile.Write(ref c, c + 1);
        }

        /// <summary>The sum of all counters.</summary>
        public long Total()
        {
            long sum = 0;
            for (int i = Stride; i < counters.Length; i += Stride) sum += Volatile.Read(ref counters[i]);
            return sum;
        }

        /// <summary>Starts <paramref name="loop"/> on a new thread; it runs until it returns or throws.</summary>
        public void Start(string name, Action loop)
        {
            var t = new Thread(() => Run(loop)) { IsBackground = true, Name = name };
            threads.Add(t);
            t.Start();
        }

        /// <summary>Records a failure and stops the others.</summary>
        public void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref error, e, null);
            Interlocked.Exchange(ref stopping, 1);
        }

        /// <summary>Asks every loop to stop.</summary>
        public void Stop() => Interlocked.Exchange(ref stopping, 1);

        /// <summary>Waits for the threads (after their sockets were closed to unblock them).</summary>
        public void Join()
        {
            foreach (Thread t in threads) t.Join(TimeSpan.FromSeconds(20));
        }

        private void Run(Action loop)
        {
            try
            {
                loop();
            }
            catch (Exception e) when (Stopping && (e is SocketException || e is ObjectDisposedException || e is InvalidOperationException))
            {
                // Sockets closed under a blocked call at the end of the run.
            }
            catch (Exception e)
            {
                Fail(e);
            }
        }
    }
}
