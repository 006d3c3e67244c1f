using System.Collections;
using System.Threading;
using Viper.Nano.Server;

namespace Viper.Nano.Tests.Support
{
    /// <summary>
    /// An in-memory listener for <c>ViperServer.Start(IListener)</c>: each <see cref="Connect"/>
    /// is a new client whose connection the server's accept thread picks up.
    /// </summary>
    internal sealed class MemoryListener : IListener
    {
        private readonly object _gate = new object();
        private readonly Queue _pending = new Queue();
        private readonly AutoResetEvent _arrived = new AutoResetEvent(false);
        private bool _closed;

        /// <summary>The address every client appears to come from.</summary>
        public string ClientAddress = "10.0.0.2";

        public int Port => 0;

        /// <summary>A new client connection; the server sees it from <see cref="ClientAddress"/>.</summary>
        public PipeTransport Connect()
        {
            var client = new PipeTransport();
            lock (_gate) _pending.Enqueue(client);
            _arrived.Set();
            return client;
        }

        public ITransport Accept(out string remoteAddress)
        {
            remoteAddress = ClientAddress;
            while (true)
            {
                lock (_gate)
                {
                    if (_closed) return null;
                    if (_pending.Count > 0) return (ITransport)_pending.Dequeue();
                }

                _arrived.WaitOne(-1, false);
            }
        }

        public void Close()
        {
            lock (_gate) _closed = true;
            _arrived.Set();
        }
    }
}
