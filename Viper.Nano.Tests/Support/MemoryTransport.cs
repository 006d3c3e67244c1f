using System;
using System.Collections;
using System.Text;
using System.Threading;
using Viper.Nano.Server;

namespace Viper.Nano.Tests.Support
{
    /// <summary>
    /// An in-memory ITransport for protocol tests: inbound bytes are scripted up front, outbound
    /// bytes are captured. When the script runs out the peer either closes (the default) or goes
    /// silent, in which case Receive waits out its timeout like a real socket.
    /// </summary>
    public sealed class MemoryTransport : ITransport
    {
        private readonly ArrayList _inbound = new ArrayList();
        private int _chunk;
        private int _position;
        private byte[] _sent = new byte[256];
        private int _sentLength;
        private bool _open = true;

        /// <summary>True: Receive reports Closed once the script is used up. False: it times out.</summary>
        public bool PeerClosesAtEnd = true;

        /// <summary>When set, every Send fails (the peer is gone).</summary>
        public bool FailSends;

        /// <summary>Largest number of bytes one Receive returns (1 feeds byte by byte).</summary>
        public int MaxChunk = int.MaxValue;

        /// <summary>Milliseconds each Receive that returns data waits first: with MaxChunk 1, a peer trickling bytes.</summary>
        public int DelayMs;

        /// <summary>How many times Close was called.</summary>
        public int CloseCalls;

        /// <summary>Send calls so far.</summary>
        public int Sends;

        /// <summary>The opposite of <see cref="PeerClosesAtEnd"/>: an idle peer that keeps the connection open.</summary>
        public bool TimeOutWhenEmpty
        {
            get { return !PeerClosesAtEnd; }
            set { PeerClosesAtEnd = !value; }
        }

        /// <summary>Queues text (UTF-8) for the server to read.</summary>
        public void Add(string text)
        {
            _inbound.Add(Encoding.UTF8.GetBytes(text));
        }

        /// <summary>Queues bytes for the server to read.</summary>
        public void Add(byte[] bytes)
        {
            _inbound.Add(bytes);
        }

        /// <summary>Everything sent, as UTF-8 text.</summary>
        public string Output => Encoding.UTF8.GetString(_sent, 0, _sentLength);

        /// <summary>A copy of everything sent.</summary>
        public byte[] OutputBytes() => Sent;

        /// <summary>Forgets what was sent.</summary>
        public void ClearOutput() => ClearSent();

        /// <summary>Queues bytes the peer will send.</summary>
        public void AddInbound(byte[] bytes)
        {
            _inbound.Add(bytes);
        }

        /// <summary>Queues bytes the peer will send, written in hex.</summary>
        public void AddInboundHex(string hex)
        {
            _inbound.Add(Bytes.FromHex(hex));
        }

        /// <summary>Everything written so far.</summary>
        public byte[] Sent
        {
            get
            {
                byte[] copy = new byte[_sentLength];
                Array.Copy(_sent, 0, copy, 0, _sentLength);
                return copy;
            }
        }

        /// <summary>Everything written so far, in hex.</summary>
        public string SentHex
        {
            get { return Bytes.ToHex(_sent, 0, _sentLength); }
        }

        /// <summary>Forgets what was written.</summary>
        public void ClearSent()
        {
            _sentLength = 0;
        }

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (!_open) return TransportResult.Closed;
            while (_chunk < _inbound.Count && _position == ((byte[])_inbound[_chunk]).Length)
            {
                _chunk++;
                _position = 0;
            }

            if (_chunk == _inbound.Count)
            {
                if (PeerClosesAtEnd)
                {
                    _open = false;
                    return TransportResult.Closed;
                }

                if (timeoutMs > 0) Thread.Sleep(timeoutMs);
                return TransportResult.TimedOut;
            }

            if (DelayMs > 0) Thread.Sleep(DelayMs);
            byte[] current = (byte[])_inbound[_chunk];
            int n = current.Length - _position;
            if (n > count) n = count;
            if (n > MaxChunk) n = MaxChunk;
            Array.Copy(current, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        /// <inheritdoc />
        public bool Send(byte[] buffer, int offset, int count)
        {
            if (!_open || FailSends)
            {
                _open = false;
                return false;
            }

            if (_sentLength + count > _sent.Length)
            {
                int size = _sent.Length * 2;
                while (size < _sentLength + count) size *= 2;
                byte[] bigger = new byte[size];
                Array.Copy(_sent, 0, bigger, 0, _sentLength);
                _sent = bigger;
            }

            Array.Copy(buffer, offset, _sent, _sentLength, count);
            _sentLength += count;
            Sends++;
            return true;
        }

        /// <inheritdoc />
        public bool CanSend()
        {
            return _open;
        }

        /// <inheritdoc />
        public bool IsOpen
        {
            get { return _open; }
        }

        /// <inheritdoc />
        public void Close()
        {
            CloseCalls++;
            _open = false;
        }
    }
}
