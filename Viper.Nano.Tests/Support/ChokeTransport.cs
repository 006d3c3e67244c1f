using Viper.Nano.Server;

namespace Viper.Nano.Tests.Support
{
    /// <summary>
    /// A send-side test double: records what is written and can pretend the socket is full
    /// (<see cref="Writable"/> false) or broken (<see cref="Broken"/>), to drive outboxes and
    /// broadcasts without a network.
    /// </summary>
    public class ChokeTransport : ITransport
    {
        private readonly byte[] written;
        private bool open = true;

        /// <summary>A transport that keeps up to <paramref name="capacity"/> written bytes.</summary>
        public ChokeTransport(int capacity)
        {
            written = new byte[capacity];
        }

        /// <summary>What CanSend answers.</summary>
        public bool Writable = true;

        /// <summary>When true, every Send fails.</summary>
        public bool Broken;

        /// <summary>Bytes written so far.</summary>
        public int Length;

        /// <summary>Send calls so far.</summary>
        public int Sends;

        /// <summary>The written bytes.</summary>
        public byte[] Written => written;

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            return open ? TransportResult.TimedOut : TransportResult.Closed;
        }

        public bool Send(byte[] buffer, int offset, int count)
        {
            if (!open || Broken || Length + count > written.Length) return false;
            System.Array.Copy(buffer, offset, written, Length, count);
            Length += count;
            Sends++;
            return true;
        }

        public bool CanSend() => open && Writable;

        public bool IsOpen => open;

        public void Close()
        {
            open = false;
        }

        /// <summary>The written bytes as hex, for comparisons.</summary>
        public string Hex() => Bytes.ToHex(written, 0, Length);
    }
}
