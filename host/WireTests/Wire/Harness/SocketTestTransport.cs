using System;
using System.Net.Sockets;
using Viper.Nano.Server;

namespace Viper.Nano.WireTests.Wire.Harness
{
    /// <summary>
    /// TEST-ONLY ITransport over a .NET Socket, for running the WebSocket layer against real
    /// clients before the HTTP server (and its SocketTransport) is on this branch. Honours the
    /// ITransport contract: Receive waits at most the timeout, nothing throws for network errors.
    /// </summary>
    public sealed class SocketTestTransport : ITransport
    {
        private readonly Socket _socket;
        private readonly object _gate = new object();
        private bool _open = true;

        public SocketTestTransport(Socket socket, int sendTimeoutMs = 5000)
        {
            _socket = socket;
            _socket.NoDelay = true;
            _socket.SendTimeout = sendTimeoutMs;
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (!_open) return TransportResult.Closed;
            try
            {
                if (!_socket.Poll(timeoutMs * 1000, SelectMode.SelectRead)) return TransportResult.TimedOut;
                int n = _socket.Receive(buffer, offset, count, SocketFlags.None);
                if (n == 0) Fail();
                return n;
            }
            catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
            {
                Fail();
                return TransportResult.Closed;
            }
        }

        public bool Send(byte[] buffer, int offset, int count)
        {
            if (!_open) return false;
            try
            {
                while (count > 0)
                {
                    int n = _socket.Send(buffer, offset, count, SocketFlags.None);
                    offset += n;
                    count -= n;
                }

                return true;
            }
            catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
            {
                Fail();
                return false;
            }
        }

        public bool CanSend()
        {
            try { return _open && _socket.Poll(0, SelectMode.SelectWrite); }
            catch (ObjectDisposedException) { return false; }
        }

        public bool IsOpen => _open;

        public void Close()
        {
            lock (_gate)
            {
                if (!_open && _socket.SafeHandle.IsClosed) return;
                _open = false;
                _socket.Close();
            }
        }

        private void Fail()
        {
            _open = false;
        }
    }
}
