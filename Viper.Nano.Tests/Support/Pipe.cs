using System;
using System.Threading;
using Viper.Nano.Server;

namespace Viper.Nano.Tests.Support
{
    /// <summary>
    /// Bytes on their way in one direction of a <see cref="PipeTransport"/>: the writer never
    /// blocks, the reader waits (up to its timeout) for bytes or for the close.
    /// </summary>
    internal sealed class Pipe
    {
        private readonly object _gate = new object();
        private readonly AutoResetEvent _changed = new AutoResetEvent(false);
        private byte[] _data = new byte[256];
        private int _start;
        private int _end;
        private bool _closed;

        internal bool IsClosed
        {
            get
            {
                lock (_gate) return _closed;
            }
        }

        internal void Write(byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                if (_closed) return;
                if (_end + count > _data.Length)
                {
                    int live = _end - _start;
                    byte[] next = _data.Length - live >= count ? _data : new byte[(live + count) * 2];
                    Array.Copy(_data, _start, next, 0, live);
                    _data = next;
                    _start = 0;
                    _end = live;
                }

                Array.Copy(buffer, offset, _data, _end, count);
                _end += count;
            }

            _changed.Set();
        }

        // Bytes read (at least 1), TransportResult.Closed once closed and drained, or
        // TransportResult.TimedOut. A negative timeout waits for ever.
        internal int Read(byte[] buffer, int offset, int count, int timeoutMs)
        {
            long deadline = DateTime.UtcNow.Ticks + (long)timeoutMs * TimeSpan.TicksPerMillisecond;
            while (true)
            {
                lock (_gate)
                {
                    int live = _end - _start;
                    if (live > 0)
                    {
                        int n = live < count ? live : count;
                        Array.Copy(_data, _start, buffer, offset, n);
                        _start += n;
                        return n;
                    }

                    if (_closed) return TransportResult.Closed;
                }

                int wait = -1;
                if (timeoutMs >= 0)
                {
                    wait = (int)((deadline - DateTime.UtcNow.Ticks) / TimeSpan.TicksPerMillisecond);
                    if (wait <= 0) return TransportResult.TimedOut;
                }

                _changed.WaitOne(wait, false);
            }
        }

        internal void Close()
        {
            lock (_gate) _closed = true;
            _changed.Set();
        }
    }
}
