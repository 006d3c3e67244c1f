using System;
using System.Threading;

namespace Viper.Nano.Server
{
    /// <summary>
    /// The worker threads (HTTP and blocking WebSocket handlers) and the poll thread (parked
    /// connections). On nanoCLR a thread's frames live on the managed heap, so threads are
    /// counted as memory: a fixed few serve every slot instead of one per slot.
    /// </summary>
    public sealed partial class ViperServer
    {
        private void StartThreads()
        {
            for (int i = 0; i < _workers.Length; i++)
            {
                Worker worker = _workers[i];
                worker.Thread = new Thread(() => WorkerLoop(worker));
                worker.Thread.Start();
            }

            _pollThread = new Thread(PollLoop);
            _pollThread.Start();
        }

        private void WorkerLoop(Worker worker)
        {
            while (!IsStopping)
            {
                try
                {
                    worker.Wake.WaitOne(Timeout.Infinite, false);
                    ConnectionSlot slot = worker.Slot;
                    if (slot == null) continue;
                    if (!IsStopping) worker.Connection.Serve(slot);
                    bool parked;
                    lock (_lock)
                    {
                        worker.Slot = null;
                        slot.Working = false;
                        parked = slot.Parked != null && !IsStopping;
                    }

                    // A parked connection lives on in its slot; the poll thread ends it.
                    if (!parked) EndConnection(slot);
                }
                catch (Exception)
                {
                    // Nothing escapes a worker's thread; the worker stays usable.
                }
            }
        }

        // Serves every parked connection without blocking on any of them, about every
        // PumpIntervalMs: input that arrived (messages, Pings, Close), keepalive, queued broadcasts.
        private void PollLoop()
        {
            int interval = Options.PumpIntervalMs < 10 ? 10 : Options.PumpIntervalMs;
            while (!IsStopping)
            {
                bool any = false;
                for (int i = 0; i < _slots.Length; i++)
                {
                    ConnectionSlot slot = _slots[i];
                    if (slot.Parked == null || slot.Working) continue;
                    any = true;
                    try
                    {
                        if (_endpoints.Poll(slot)) continue;
                    }
                    catch (Exception)
                    {
                        // A bug of ours or an out-of-memory: end this connection only.
                    }

                    _endpoints.EndParked(slot);
                    EndConnection(slot);
                }

                Thread.Sleep(any ? interval : 2 * interval);
            }

            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].Parked != null) _endpoints.EndParked(_slots[i]);
            }
        }

        private void EndConnection(ConnectionSlot slot)
        {
            ITransport transport = slot.Transport;
            if (transport != null) transport.Close();
            lock (_lock)
            {
                slot.Release();
            }

            Stats.ConnectionClosed();
        }

        /// <summary>
        /// True when the managed heap has at least ServerOptions.MemoryReserveBytes free beyond
        /// <paramref name="extra"/> bytes (after a collection: nanoFramework.Runtime.Native.GC.Run).
        /// </summary>
        internal bool MemoryAllows(int extra)
        {
            int reserve = Options.MemoryReserveBytes;
            if (reserve <= 0) return true;
            uint free = nanoFramework.Runtime.Native.GC.Run(false);
            return free >= (uint)(reserve + extra);
        }
    }
}
