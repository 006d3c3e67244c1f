using System;
using System.Net;
using System.Net.Sockets;

namespace Viper.Nano.Benchmarks.Driver
{
    /// <summary>
    /// One blocking loopback socket with a reusable receive buffer: the same few lines of client
    /// code for every server measured, and nothing allocated per operation once connected.
    /// Unread bytes live in <see cref="Data"/> from <see cref="Start"/> to <see cref="End"/>.
    /// </summary>
    public sealed class ReceiveBuffer : IDisposable
    {
        /// <summary>The socket's receive timeout: a server that stops answering fails the run.</summary>
        public const int ReceiveTimeoutMs = 15000;

        private readonly Socket socket;

        /// <summary>Connects to 127.0.0.1:<paramref name="port"/> with Nagle off.</summary>
        public ReceiveBuffer(int port, int capacity = 64 * 1024)
        {
            socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
            {
                NoDelay = true,
                ReceiveTimeout = ReceiveTimeoutMs,
                SendTimeout = ReceiveTimeoutMs,
            };
            socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
            Data = new byte[capacity];
        }

        /// <summary>The receive buffer.</summary>
        public byte[] Data { get; }

        /// <summary>Offset of the first unread byte.</summary>
        public int Start { get; private set; }

        /// <summary>Offset just past the last received byte.</summary>
        public int End { get; private set; }

        /// <summary>Unread bytes.</summary>
        public int Available => End - Start;

        /// <summary>Sends every byte; throws <see cref="SocketException"/> when the peer is gone.</summary>
        public void Send(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                int n = socket.Send(buffer, offset, count, SocketFlags.None);
                offset += n;
                count -= n;
            }
        }

        /// <summary>Waits until at least <paramref name="count"/> unread bytes are buffered.</summary>
        public void Ensure(int count)
        {
            if (count > Data.Length) throw new InvalidOperationException("a " + count + "-byte unit does not fit the " + Data.Length + "-byte buffer");
            while (Available < count)
            {
                if (Data.Length - End < count - Available) Compact();
                int n = socket.Receive(Data, End, Data.Length - End, SocketFlags.None);
                if (n == 0) throw new SocketException((int)SocketError.ConnectionReset);
                End += n;
            }
        }

        /// <summary>Marks <paramref name="count"/> bytes as read.</summary>
        public void Consume(int count)
        {
            Start += count;
            if (Start == End) Start = End = 0;
        }

        /// <summary>
        /// Waits for a CRLF CRLF and returns the length of the head up to and including it.
        /// </summary>
        public int ReadHead()
        {
            int scanned = 0;
            while (true)
            {
                for (int i = Start + scanned; i + 3 < End; i++)
                {
                    if (Data[i] == '\r' && Data[i + 1] == '\n' && Data[i + 2] == '\r' && Data[i + 3] == '\n') return i + 4 - Start;
                }

                scanned = Math.Max(0, Available - 3);
                Ensure(Available + 1);
            }
        }

        /// <summary>Closes the socket at once (also unblocks a thread waiting in a receive).</summary>
        public void Dispose()
        {
            try
            {
                socket.Close(0);
            }
            catch (ObjectDisposedException)
            {
            }
        }

        private void Compact()
        {
            Buffer.BlockCopy(Data, Start, Data, 0, Available);
            End -= Start;
            Start = 0;
        }
    }
}
