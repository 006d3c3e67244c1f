using System;
using System.Threading;
using Viper.Nano.Http;

namespace Viper.Nano.Server
{
    /// <summary>
    /// The accept thread: hands each new connection to a free slot and a free worker, or to a
    /// slot whose idle keep-alive connection it closes for the purpose (that slot's worker serves
    /// the new client next), or refuses it at once, also when free memory is below
    /// ServerOptions.MemoryReserveBytes. It never waits for a busy slot, so a refusal costs
    /// milliseconds however many clients are turned away.
    /// </summary>
    public sealed partial class ViperServer
    {
        // A client that has just read its answer may connect again before the slot thread that
        // answered has marked its connection idle: look again for this long before refusing,
        // unless refusals are already flowing (then every client is answered at once).
        private const int IdleGraceMs = 20;
        private const int FloodWindowMs = 1000;

        private long _lastRefusalTicks;

        private void AcceptLoop()
        {
            while (!IsStopping)
            {
                ITransport transport = _listener.Accept(out string address);
                if (transport == null)
                {
                    if (!IsStopping) Thread.Sleep(10);
                    continue;
                }

                try
                {
                    if (IsStopping || !Assign(transport, address)) Refuse(transport);
                }
                catch (Exception)
                {
                    transport.Close();
                }
            }
        }

        private bool Assign(ITransport transport, string address)
        {
            if (OverAddressCap(address)) return false;
            // Out of memory halfway through a request would be a 500 or worse: refuse while we can.
            if (!MemoryAllows(0)) return false;
            bool assigned = Claim(transport, address);
            if (!assigned && !RefusingRecently())
            {
                for (int waited = 0; !assigned && waited < IdleGraceMs; waited += 2)
                {
                    Thread.Sleep(2);
                    assigned = Claim(transport, address);
                }
            }

            if (assigned) Stats.ConnectionOpened();
            return assigned;
        }

        // Takes a free slot and a free worker (or, when every worker is busy, one more worker if
        // the heap allows, else the slot waits for the next one to finish), else an idle keep-alive connection's slot: that connection is
        // closed and the worker serving it takes the new client as soon as it lets the old one go.
        private bool Claim(ITransport transport, string address)
        {
            ConnectionSlot idle = null;
            ITransport old;
            lock (_lock)
            {
                Worker worker = null;
                for (int i = 0; i < _workers.Length && worker == null; i++)
                {
                    if (_workers[i] != null && _workers[i].Slot == null) worker = _workers[i];
                }

                ConnectionSlot free = null;
                for (int i = 0; i < _slots.Length; i++)
                {
                    ConnectionSlot slot = _slots[i];
                    if (free == null && !slot.IsBusy) free = slot;
                    if (idle == null && slot.IsIdle && !slot.HasNext) idle = slot;
                }

                if (free != null && (worker != null || idle == null))
                {
                    free.Assign(transport, address);
                    if (worker == null)
                    {
                        if (AddWorker(free) == null) free.Waiting = true;
                        return true;
                    }

                    worker.Slot = free;
                    worker.Wake.Set();
                    return true;
                }

                if (idle == null) return false;
                idle.HandOver(transport, address);
                old = idle.Transport;
            }

            Stats.ConnectionReclaimed();
            old.Close();
            return true;
        }

        // ServerOptions.MaxConnectionsPerAddress: one client (or one NAT) may not take every slot.
        private bool OverAddressCap(string address)
        {
            int cap = Options.MaxConnectionsPerAddress;
            if (cap <= 0 || address == null) return false;
            int held = 0;
            lock (_lock)
            {
                for (int i = 0; i < _slots.Length; i++)
                {
                    if (_slots[i].IsBusy && _slots[i].RemoteAddress == address) held++;
                }
            }

            return held >= cap;
        }

        private bool RefusingRecently()
        {
            return (DateTime.UtcNow.Ticks - _lastRefusalTicks) / TimeSpan.TicksPerMillisecond < FloodWindowMs;
        }

        // Says so, reads briefly what the client sent (so that closing does not reset the
        // connection before it reads the answer), and closes.
        private void Refuse(ITransport transport)
        {
            _lastRefusalTicks = DateTime.UtcNow.Ticks;
            Stats.ConnectionRefused();
            Stats.CountResponse(HttpStatus.ServiceUnavailable);
            if (transport.Send(Refusal, 0, Refusal.Length))
            {
                for (int i = 0; i < 8 && transport.Receive(_refusedInput, 0, _refusedInput.Length, 20) > 0; i++)
                {
                }
            }

            transport.Close();
        }
    }
}
