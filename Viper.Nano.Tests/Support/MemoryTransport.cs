using System;
using System.Collections;
using System.Text;
using Viper.Nano.Server;

namespace Viper.Nano.Tests.Support
{
    /// <summary>
    /// An in-memory <see cref="ITransport"/>: hands out scripted input pieces one receive at a
    /// time, collects everything sent, then reports the peer closed (or a timeout, when asked).
    /// Lets tests drive the HTTP layer with no socket, as the nanoCLR emulator requires.
    /// </summary>
    public sealed class MemoryTransport : ITransport
    {
        private readonly ArrayList _input = new ArrayList();
        private byte[] _output = new byte[256];
        private int _outputLength;
        private int _inputOffset;
        private bool _open = true;

        /// <summary>When true, an exhausted input reports TimedOut instead of Closed.</summary>
        public bool TimeOutWhenEmpty;

        /// <summary>Number of Send calls.</summary>
        public int Sends;

        /// <summary>Queues <paramref name="text"/>'s bytes as one receive.</summary>
        public void Add(string text)
        {
            _input.Add(Encoding.UTF8.GetBytes(text));
        }

        /// <summary>Queues bytes as one receive.</summary>
        public void Add(byte[] bytes)
        {
            _input.Add(bytes);
        }

        /// <summary>Everything sent so far, as text.</summary>
        public string Output => Encoding.UTF8.GetString(_output, 0, _outputLength);

        /// <summary>Everything sent so far.</summary>
        public byte[] OutputBytes()
        {
            byte[] result = new byte[_outputLength];
            Array.Copy(_output, result, _outputLength);
            return result;
        }

        /// <summary>Forgets what was sent.</summary>
        public void ClearOutput()
        {
            _outputLength = 0;
        }

        /// <inheritdoc/>
        public bool IsOpen => _open;

        /// <inheritdoc/>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (!_open) return TransportResult.Closed;
            if (_input.Count == 0) return TimeOutWhenEmpty ? TransportResult.TimedOut : TransportResult.Closed;
            byte[] piece = (byte[])_input[0];
            int n = piece.Length - _inputOffset;
            if (n > count) n = count;
            Array.Copy(piece, _inputOffset, buffer, offset, n);
            _inputOffset += n;
            if (_inputOffset == piece.Length)
            {
                _input.RemoveAt(0);
                _inputOffset = 0;
            }

            return n;
        }

        /// <inheritdoc/>
        public bool Send(byte[] buffer, int offset, int count)
        {
            if (!_open) return false;
            Sends++;
            if (_outputLength + count > _output.Length)
            {
                int size = _output.Length * 2;
                while (size < _outputLength + count) size *= 2;
                byte[] larger = new byte[size];
                Array.Copy(_output, larger, _outputLength);
                _output = larger;
            }

            Array.Copy(buffer, offset, _output, _outputLength, count);
            _outputLength += count;
            return true;
        }

        /// <inheritdoc/>
        public bool CanSend()
        {
            return _open;
        }

        /// <inheritdoc/>
        public void Close()
        {
            _open = false;
        }
    }
}
