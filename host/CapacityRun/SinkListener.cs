using System.Collections;
using System.Threading;
using Viper.Nano.Server;

namespace Viper.Nano.CapacityRun
{
    /// <summary>
    /// The capacity run's listener: each <see cref="Connect"/> is a new client from an address
    /// of its own (as browsers on a LAN are), picked up by the server's accept thread.
    /// </summary>
    internal sealed class SinkListener : IListener
    {
        private readonly object _gate = new object();
        private readonly Queue _pending = new Queue();
        private readonly AutoResetEvent _arrived = new AutoResetEvent(false);
        private int _clients;
        private bool _closed;

        public int Port => 0;

        /// <summary>A new client connection.</summary>
        public SinkTransport Connect()
        {
            var client = new SinkTransport();
            lock (_gate) _pending.Enqueue(client);
            _arrived.Set();
            return client;
        }

        public ITransport Accept(out string remoteAddress)
        {
            remoteAddress = null;
            while (true)
            {
                lock (_gate)
                {
                    if (_closed) return null;
                    if (_pending.Count > 0)
                    {
                        _clients++;
                        remoteAddress = "192.168.1." + (10 + _clients % 200);
                        return (ITransport)_pending.Dequeue();
                    }
                }

                _arrived.WaitOne(Timeout.Infinite, false);
            }
        }

        public void Close()
        {
            lock (_gate) _closed = true;
            _arrived.Set();
        }
    }
}
