using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace Viper.Nano.Server
{
    /// <summary>
    /// A TCP connection as an <see cref="ITransport"/>: the only place, with
    /// <see cref="SocketListener"/> below, where the library touches a Socket. Failures of the
    /// network are results (Closed, false), never exceptions.
    /// </summary>
    internal sealed class SocketTransport : ITransport
    {
        // Poll takes microseconds in an int: cap waits at half an hour.
        private const int MaxWaitMs = 1800000;

        private readonly Socket _socket;
        private int _closed;

        internal SocketTransport(Socket socket, int sendTimeoutMs)
        {
            _socket = socket;
            try
            {
                // Heads and bodies go out in one or two sends; Nagle would hold the second back
                // until the client's delayed ACK. Optional: a stack without it still works.
                socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.NoDelay, true);
            }
            catch (Exception)
            {
                // Not supported here.
            }

            try
            {
                socket.SendTimeout = sendTimeoutMs;
                RemoteAddress = ((IPEndPoint)socket.RemoteEndPoint).Address.ToString();
            }
            catch (Exception)
            {
                // A connection that failed already: Receive and Send will report it.
            }
        }

        /// <summary>The client's IP address as text (null if it could not be read).</summary>
        public string RemoteAddress { get; private set; }

        /// <inheritdoc/>
        public bool IsOpen => _closed == 0;

        /// <inheritdoc/>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (_closed != 0) return TransportResult.Closed;
            try
            {
                int wait = timeoutMs < 0 || timeoutMs > MaxWaitMs ? MaxWaitMs : timeoutMs;
                if (!_socket.Poll(wait * 1000, SelectMode.SelectRead)) return TransportResult.TimedOut;
                int n = _socket.Receive(buffer, offset, count, SocketFlags.None);
                if (n > 0) return n;
            }
            catch (Exception)
            {
                // Reset, closed by another thread, or disposed: all mean the connection is gone.
            }

            Close();
            return TransportResult.Closed;
        }

        /// <inheritdoc/>
        public bool Send(byte[] buffer, int offset, int count)
        {
            if (_closed != 0) return false;
            try
            {
                while (count > 0)
                {
                    int n = _socket.Send(buffer, offset, count, SocketFlags.None);
                    if (n <= 0) break;
                    offset += n;
                    count -= n;
                }

                if (count == 0) return true;
            }
            catch (Exception)
            {
                // Send timeout or reset.
            }

            Close();
            return false;
        }

        /// <inheritdoc/>
        public bool CanSend()
        {
            if (_closed != 0) return false;
            try
            {
                return _socket.Poll(0, SelectMode.SelectWrite);
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
            if (Interlocked.Exchange(ref _closed, 1) != 0) return;
            try
            {
                _socket.Close();
            }
            catch (Exception)
            {
                // Already gone.
            }
        }
    }

    /// <summary>The listening socket: binds, accepts, and wraps each connection in a <see cref="SocketTransport"/>.</summary>
    internal sealed class SocketListener : IListener
    {
        private readonly Socket _socket;
        private readonly int _sendTimeoutMs;

        private SocketListener(Socket socket, int port, int sendTimeoutMs)
        {
            _socket = socket;
            _sendTimeoutMs = sendTimeoutMs;
            Port = port;
        }

        /// <inheritdoc/>
        public int Port { get; private set; }

        /// <summary>
        /// Listens on every IPv4 address at <paramref name="port"/>. A port another server holds
        /// is an error: no ReuseAddress, which on Linux also sets SO_REUSEPORT and would let two
        /// servers share the port, each getting a random half of the clients.
        /// </summary>
        public static SocketListener Start(int port, int backlog, int sendTimeoutMs)
        {
            Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Any, port));
                socket.Listen(backlog);
                return new SocketListener(socket, ((IPEndPoint)socket.LocalEndPoint).Port, sendTimeoutMs);
            }
            catch (SocketException e)
            {
                socket.Close();
                throw new InvalidOperationException("cannot listen on port " + port + " (ServerOptions.Port): it is in use by another server, or not allowed (socket error " + e.ErrorCode + ")");
            }
            catch (Exception)
            {
                socket.Close();
                throw;
            }
        }

        /// <inheritdoc/>
        public ITransport Accept(out string remoteAddress)
        {
            remoteAddress = null;
            try
            {
                SocketTransport transport = new SocketTransport(_socket.Accept(), _sendTimeoutMs);
                remoteAddress = transport.RemoteAddress;
                return transport;
            }
            catch (Exception)
            {
                return null;
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
            try
            {
                _socket.Close();
            }
            catch (Exception)
            {
                // Already closed.
            }
        }
    }
}
