using System;
using System.Threading;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Server
{
    /// <summary>
    /// A graceful stop: no new connections; every WebSocket client gets a Close 1001 (Going
    /// Away, RFC 6455 section 7.4.1) and ServerOptions.CloseTimeoutMs to answer it; SSE streams
    /// end after the event they are writing; a request whose handler is running gets its whole
    /// response (marked Connection: close); idle keep-alive connections are closed at once
    /// (RFC 9112 section 9.6 lets a server close a connection no request is using). What is still
    /// open after ServerOptions.StopTimeoutMs is closed, and every wait is bounded.
    /// </summary>
    public sealed partial class ViperServer
    {
        private const int StopPollMs = 10;

        /// <summary>
        /// Stops accepting, ends every connection as its protocol expects (see the class remarks),
        /// waits for the threads to end, and returns. Blocks for at most about
        /// ServerOptions.StopTimeoutMs plus SendTimeoutMs. Safe to call more than once.
        /// </summary>
        public void Stop()
        {
            lock (_lock)
            {
                if (_listener == null || Interlocked.Exchange(ref _stopping, 1) != 0) return;
            }

            _listener.Close();
            long start = DateTime.UtcNow.Ticks;
            int closeMs = Options.CloseTimeoutMs;
            int graceMs = Options.StopTimeoutMs;
            while (true)
            {
                int elapsed = ElapsedMs(start);
                bool busy = false;
                for (int i = 0; i < _slots.Length; i++)
                {
                    ConnectionSlot slot = _slots[i];
                    if (!slot.IsBusy) continue;
                    busy = true;
                    // Asked again on every round: a connection may have moved on meanwhile
                    // (a WebSocket accepted, a keep-alive connection gone back to waiting).
                    GoAway(slot, elapsed >= closeMs);
                }

                if (!busy || elapsed >= graceMs) break;
                Thread.Sleep(StopPollMs);
            }

            for (int i = 0; i < _slots.Length; i++)
            {
                ITransport transport = _slots[i].Transport;
                if (transport != null) transport.Close();
            }

            // The poll thread served the parked connections through the grace period (their
            // closing handshakes); now it ends them and stops, and the workers wake to stop.
            Interlocked.Exchange(ref _pollStop, 1);
            Worker[] workers;
            lock (_lock) workers = (Worker[])_workers.Clone();
            for (int i = 0; i < workers.Length; i++)
            {
                if (workers[i] != null) workers[i].Wake.Set();
            }

            // One deadline for all the joins: a thread stuck in a send is freed by the send timeout.
            long joinStart = DateTime.UtcNow.Ticks;
            int joinMs = Options.SendTimeoutMs + 1000;
            _acceptThread.Join(RemainingMs(joinStart, joinMs));
            _pollThread.Join(RemainingMs(joinStart, joinMs));
            for (int i = 0; i < workers.Length; i++)
            {
                if (workers[i] != null) workers[i].Thread.Join(RemainingMs(joinStart, joinMs));
            }
        }

        // Asks the connection in a busy slot to end. A WebSocket whose client has not answered
        // its Close within CloseTimeoutMs is closed; HTTP requests being read or handled finish.
        private static void GoAway(ConnectionSlot slot, bool closeWaitOver)
        {
            object session = slot.Session;
            WebSocket ws = session as WebSocket;
            if (ws != null)
            {
                if (!closeWaitOver)
                {
                    ws.GoAway();
                    return;
                }
            }
            else
            {
                SseStream stream = session as SseStream;
                if (stream != null)
                {
                    stream.End();
                    return;
                }

                // A connection still waiting for a worker has sent nothing that will be answered.
                if (!slot.AwaitingRequest && !slot.Waiting) return;
            }

            ITransport transport = slot.Transport;
            if (transport != null) transport.Close();
        }

        private static int ElapsedMs(long startTicks)
        {
            return (int)((DateTime.UtcNow.Ticks - startTicks) / TimeSpan.TicksPerMillisecond);
        }

        private static int RemainingMs(long startTicks, int totalMs)
        {
            int left = totalMs - ElapsedMs(startTicks);
            return left < 1 ? 1 : left;
        }
    }
}
