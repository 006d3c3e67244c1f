using System;
using System.Text;
using System.Threading;
using Viper.Nano.Server;

namespace Viper.Nano.Tests.Support
{
    /// <summary>
    /// One in-memory connection between a test (the client) and the server, safe across threads:
    /// the server sees an <see cref="ITransport"/> whose Receive blocks until the client writes or
    /// the timeout passes, as a socket's does; the test writes and reads through the Client*
    /// methods. Used with <see cref="MemoryListener"/> to run the whole server on the interpreter.
    /// </summary>
    public sealed class PipeTransport : ITransport
    {
        private readonly Pipe _toServer = new Pipe();
        private readonly Pipe _toClient = new Pipe();
        private int _serverClosed;

        /// <inheritdoc/>
        public bool IsOpen => _serverClosed == 0 && !_toClient.IsClosed;

        /// <inheritdoc/>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (_serverClosed != 0) return TransportResult.Closed;
            return _toServer.Read(buffer, offset, count, timeoutMs);
        }

        /// <inheritdoc/>
        public bool Send(byte[] buffer, int offset, int count)
        {
            if (_serverClosed != 0 || _toClient.IsClosed) return false;
            _toClient.Write(buffer, offset, count);
            return true;
        }

        /// <inheritdoc/>
        public bool CanSend() => IsOpen;

        /// <inheritdoc/>
        public void Close()
        {
            if (Interlocked.Exchange(ref _serverClosed, 1) != 0) return;
            _toClient.Close();
            _toServer.Close();
        }

        /// <summary>True once the server has closed its end.</summary>
        public bool ClosedByServer => _serverClosed != 0;

        /// <summary>The client sends bytes.</summary>
        public void ClientWrite(byte[] bytes)
        {
            _toServer.Write(bytes, 0, bytes.Length);
        }

        /// <summary>The client sends text as UTF-8.</summary>
        public void ClientWrite(string text)
        {
            ClientWrite(Encoding.UTF8.GetBytes(text));
        }

        /// <summary>The client closes its end: the server's Receive reports Closed once it has read what was sent.</summary>
        public void ClientClose()
        {
            _toServer.Close();
        }

        /// <summary>
        /// Reads what the server sent until <paramref name="enough"/> says the bytes so far are
        /// complete, the server closes, or <paramref name="timeoutMs"/> passes; returns them all.
        /// </summary>
        public byte[] ClientRead(ReadEnough enough, int timeoutMs)
        {
            byte[] got = new byte[0];
            long deadline = DateTime.UtcNow.Ticks + timeoutMs * TimeSpan.TicksPerMillisecond;
            byte[] chunk = new byte[512];
            while (!enough(got))
            {
                int left = (int)((deadline - DateTime.UtcNow.Ticks) / TimeSpan.TicksPerMillisecond);
                if (left <= 0) break;
                int n = _toClient.Read(chunk, 0, chunk.Length, left);
                if (n == TransportResult.Closed) break;
                if (n < 0) continue;
                byte[] more = new byte[got.Length + n];
                Array.Copy(got, more, got.Length);
                Array.Copy(chunk, 0, more, got.Length, n);
                got = more;
            }

            return got;
        }

        /// <summary>Reads until the server closes the connection (or the timeout).</summary>
        public string ClientReadToClose(int timeoutMs)
        {
            byte[] got = ClientRead(Never, timeoutMs);
            return Encoding.UTF8.GetString(got, 0, got.Length);
        }

        /// <summary>Reads until the text read so far contains <paramref name="marker"/> (or the timeout).</summary>
        public string ClientReadUntil(string marker, int timeoutMs)
        {
            _marker = marker;
            byte[] got = ClientRead(HasMarker, timeoutMs);
            return Encoding.UTF8.GetString(got, 0, got.Length);
        }

        // Tests run one at a time: the marker for HasMarker is kept here rather than in a closure.
        private static string _marker;

        private static bool Never(byte[] got) => false;

        private static bool HasMarker(byte[] got) => Encoding.UTF8.GetString(got, 0, got.Length).IndexOf(_marker) >= 0;
    }

    /// <summary>Says whether the bytes read so far are all a test waits for.</summary>
    public delegate bool ReadEnough(byte[] got);
}
