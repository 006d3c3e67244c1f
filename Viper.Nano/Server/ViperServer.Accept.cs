using System;
using System.Threading;
using Viper.Nano.Http;

namespace Viper.Nano.Server
{
    /// <summary>The accept thread: hands each new connection to a free slot and a free worker, or refuses it.</summary>
    public sealed partial class ViperServer
    {
        private void AcceptLoop()
        {
            while (!IsStopping)
            {
                SocketTransport transport = _listener.Accept(Options.SendTimeoutMs);
                if (transport == null)
                {
                    if (!IsStopping) Thread.Sleep(10);
                    continue;
                }

                try
                {
                    if (IsStopping || !Assign(transport)) Refuse(transport);
                }
                catch (Exception)
                {
                    transport.Close();
                }
            }
        }

        private bool Assign(SocketTransport transport)
        {
            if (OverAddressCap(transport.RemoteAddress)) return false;
            // Out of memory halfway through a request would be a 500 or worse: refuse while we can.
            if (!MemoryAllows(0)) return false;
            Worker worker = Claim(transport);
            if (worker == null) worker = WaitForSlot(transport);
            if (worker == null) return false;
            Stats.ConnectionOpened();
            worker.Wake.Set();
            return true;
        }

        // A free slot and a free worker, both taken for the connection; null when either is missing.
        private Worker Claim(SocketTransport transport)
        {
            lock (_lock)
            {
                Worker worker = null;
                for (int i = 0; i < _workers.Length && worker == null; i++)
                {
                    if (_workers[i].Slot == null) worker = _workers[i];
                }

                if (worker == null) return null;
                for (int i = 0; i < _slots.Length; i++)
                {
                    if (_slots[i].IsBusy) continue;
                    _slots[i].Assign(transport, transport.RemoteAddress);
                    worker.Slot = _slots[i];
                    return worker;
                }
            }

            return null;
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

        // Closes one connection that waits idle between requests, so that its slot frees up.
        private bool Reclaim()
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                ConnectionSlot slot = _slots[i];
                ITransport transport = slot.Transport;
                if (transport != null && slot.IsIdle)
                {
                    transport.Close();
                    Stats.ConnectionReclaimed();
                    return true;
                }
            }

            return false;
        }

        // Every slot or every worker is busy: close an idle keep-alive connection if there is one,
        // and wait a moment for a slot and a worker to free. A connection that has just answered
        // becomes idle only when its thread runs again, so the search goes on while we wait.
        private Worker WaitForSlot(SocketTransport transport)
        {
            bool reclaimed = false;
            for (int waited = 0; waited < ReclaimWaitMs; waited += 5)
            {
                if (!reclaimed) reclaimed = Reclaim();
                Thread.Sleep(5);
                Worker worker = Claim(transport);
                if (worker != null) return worker;
            }

            return null;
        }

        // No slot, worker or memory to spare: say so, read briefly what the client sent (so that closing does not
        // reset the connection before it reads the answer), and close.
        private void Refuse(SocketTransport transport)
        {
            Stats.ConnectionRefused();
            Stats.CountResponse(HttpStatus.ServiceUnavailable);
            if (transport.Send(Refusal, 0, Refusal.Length))
            {
                transport.Receive(_refusedInput, 0, _refusedInput.Length, 20);
            }

            transport.Close();
        }
    }
}
