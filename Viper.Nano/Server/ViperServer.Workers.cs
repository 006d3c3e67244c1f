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
        private int _pollStop;

        private void StartThreads()
        {
            for (int i = 0; i < _workers.Length; i++)
            {
                if (_workers[i] != null) StartWorker(_workers[i]);
            }

            _pollThread = new Thread(PollLoop);
            _pollThread.Start();
        }

        /// <summary>Worker threads alive now: WorkerThreads, plus the extra ones serving blocking handlers.</summary>
        internal int WorkerCount
        {
            get
            {
                int n = 0;
                lock (_lock)
                {
                    for (int i = 0; i < _workers.Length; i++)
                    {
                        if (_workers[i] != null) n++;
                    }
                }

                return n;
            }
        }

        private Worker NewWorker(bool extra)
        {
            return new Worker(new HttpConnection(this, _slots[0], _routes.MaxParams), extra);
        }

        private void StartWorker(Worker worker)
        {
            worker.Thread = new Thread(() => WorkerLoop(worker));
            worker.Thread.Start();
        }

        // Every worker is held: when the heap allows, one more joins for this slot (under the
        // server's lock), so a blocking handler such as the guide's Receive() loop runs at once,
        // as on a thread-per-connection server; it ends with its connection. Null when there is
        // no room for a worker, and the slot waits for one.
        private Worker AddWorker(ConnectionSlot slot)
        {
            for (int i = 0; i < _workers.Length; i++)
            {
                if (_workers[i] != null) continue;
                if (!MemoryAllows(Worker.HeapBytes)) return null;
                Worker worker = NewWorker(true);
                worker.Slot = slot;
                _workers[i] = worker;
                StartWorker(worker);
                worker.Wake.Set();
                return worker;
            }

            return null;
        }

        private void WorkerLoop(Worker worker)
        {
            while (!IsStopping)
            {
                try
                {
                    worker.Wake.WaitOne(Timeout.Infinite, false);
                    ConnectionSlot slot = worker.Slot;
                    while (slot != null)
                    {
                        if (!IsStopping) worker.Connection.Serve(slot);
                        slot = LetGo(worker, slot);
                    }

                    if (worker.Extra && Retire(worker)) return;
                }
                catch (Exception)
                {
                    // Nothing escapes a worker's thread; the worker stays usable.
                }
            }
        }

        // An extra worker with nothing to serve leaves the table and its thread ends; false when
        // the accept thread has just handed it a slot (its Wake is set: it serves that first).
        private bool Retire(Worker worker)
        {
            lock (_lock)
            {
                if (worker.Slot != null) return false;
                for (int i = 0; i < _workers.Length; i++)
                {
                    if (_workers[i] == worker) _workers[i] = null;
                }

                return true;
            }
        }

        // The worker is done with the slot's connection: a parked one lives on (the poll thread
        // ends it), any other ends. Returns the slot again when a client was handed over to it
        // meanwhile (served next, without a trip through the accept thread), else null.
        private ConnectionSlot LetGo(Worker worker, ConnectionSlot slot)
        {
            lock (_lock)
            {
                slot.Working = false;
                if (slot.Session != null && !IsStopping && !slot.HasNext) return NextWaiting(worker);
            }

            if (slot.Session != null) _endpoints.EndParked(slot);
            bool next = EndConnection(slot);
            lock (_lock)
            {
                return next ? slot : NextWaiting(worker);
            }
        }

        // A connection that came while every worker was busy, now this worker's; else the worker
        // is free. Under the server's lock.
        private ConnectionSlot NextWaiting(Worker worker)
        {
            worker.Slot = null;
            if (IsStopping) return null;
            for (int i = 0; i < _slots.Length; i++)
            {
                if (!_slots[i].Waiting) continue;
                _slots[i].Waiting = false;
                worker.Slot = _slots[i];
                return _slots[i];
            }

            return null;
        }

        // Serves every parked connection without blocking on any of them, about every
        // PumpIntervalMs: input that arrived (messages, Pings, Close), keepalive, queued broadcasts.
        private void PollLoop()
        {
            int interval = Options.PumpIntervalMs < 10 ? 10 : Options.PumpIntervalMs;
            // Runs on while Stop gives the parked connections their grace period.
            while (_pollStop == 0)
            {
                bool any = false;
                for (int i = 0; i < _slots.Length; i++)
                {
                    ConnectionSlot slot = _slots[i];
                    if (slot.Waiting) ExpireWaiting(slot);
                    if (slot.Session == null || slot.Working) continue;
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

                Thread.Sleep(any || IsStopping ? (IsStopping ? 10 : interval) : 2 * interval);
            }

            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].Session != null) _endpoints.EndParked(_slots[i]);
            }
        }

        // A connection that has waited HeadTimeoutMs for a worker (every one held by blocking
        // handlers, say) is answered 503 and closed, so it never hangs unanswered.
        private void ExpireWaiting(ConnectionSlot slot)
        {
            lock (_lock)
            {
                long waited = (DateTime.UtcNow.Ticks - slot.AssignedTicks) / TimeSpan.TicksPerMillisecond;
                if (!slot.Waiting || waited < Options.HeadTimeoutMs) return;
                slot.Waiting = false;
            }

            Stats.ConnectionRefused();
            Stats.CountResponse(Http.HttpStatus.ServiceUnavailable);
            slot.Transport.Send(Refusal, 0, Refusal.Length);
            EndConnection(slot);
        }

        // Closes the slot's connection and frees the slot; true when a client handed over
        // meanwhile has taken it instead.
        private bool EndConnection(ConnectionSlot slot)
        {
            ITransport transport = slot.Transport;
            if (transport != null) transport.Close();
            ITransport next;
            lock (_lock)
            {
                next = slot.ReleaseOrTakeNext();
            }

            Stats.ConnectionClosed();
            return next != null;
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
            return free >= (long)reserve + extra;
        }
    }
}
