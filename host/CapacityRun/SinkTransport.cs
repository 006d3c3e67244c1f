using System;
using System.Threading;
using Viper.Nano.Server;

namespace Viper.Nano.CapacityRun
{
    /// <summary>
    /// One in-memory client connection for the capacity run. The server's Receive blocks (up to
    /// its timeout) until the client writes, as a socket's does; what the server sends is counted
    /// and dropped (only the first bytes are kept, for the status line), so a client that stays
    /// for minutes costs the same as one that has just connected, like a socket whose bytes leave
    /// the board. No thread of its own: the run drives every client from its main thread.
    /// </summary>
    internal sealed class SinkTransport : ITransport
    {
        private readonly object _gate = new object();
        private readonly AutoResetEvent _arrived = new AutoResetEvent(false);
        private readonly byte[] _head = new byte[16];
        private byte[] _input;
        private int _inputPosition;
        private int _headLength;
        private bool _clientClosed;
        private int _closed;

        /// <summary>Sends the server made, and the bytes in them.</summary>
        public int Sends;

        /// <summary>Bytes the server sent.</summary>
        public int BytesSent;

        public bool IsOpen => _closed == 0;

        /// <summary>The HTTP status the server answered with (0 while nothing was sent).</summary>
        public int Status
        {
            get
            {
                if (_headLength < 12) return 0;
                return (_head[9] - '0') * 100 + (_head[10] - '0') * 10 + (_head[11] - '0');
            }
        }

        /// <summary>True once the server has closed its end.</summary>
        public bool ClosedByServer => _closed != 0;

        /// <summary>The client sends bytes (the previous ones must have been read).</summary>
        public void ClientWrite(byte[] bytes)
        {
            lock (_gate)
            {
                _input = bytes;
                _inputPosition = 0;
            }

            _arrived.Set();
        }

        /// <summary>The client goes away (TCP FIN).</summary>
        public void ClientClose()
        {
            _clientClosed = true;
            _arrived.Set();
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            while (true)
            {
                lock (_gate)
                {
                    if (_closed != 0) return TransportResult.Closed;
                    if (_input != null && _inputPosition < _input.Length)
                    {
                        int n = _input.Length - _inputPosition;
                        if (n > count) n = count;
                        Array.Copy(_input, _inputPosition, buffer, offset, n);
                        _inputPosition += n;
                        // Read: the client's bytes are on the board's side now, not the client's.
                        if (_inputPosition == _input.Length) _input = null;
                        return n;
                    }

                    if (_clientClosed) return TransportResult.Closed;
                }

                if (timeoutMs == 0) return TransportResult.TimedOut;
                if (!_arrived.WaitOne(timeoutMs < 0 ? Timeout.Infinite : timeoutMs, false)) return TransportResult.TimedOut;
            }
        }

        public bool Send(byte[] buffer, int offset, int count)
        {
            if (_closed != 0) return false;
            lock (_gate)
            {
                for (int i = 0; i < count && _headLength < _head.Length; i++) _head[_headLength++] = buffer[offset + i];
                Sends++;
                BytesSent += count;
            }

            return true;
        }

        public bool CanSend() => _closed == 0;

        public void Close()
        {
            if (Interlocked.Exchange(ref _closed, 1) != 0) return;
            _arrived.Set();
        }
    }
}
