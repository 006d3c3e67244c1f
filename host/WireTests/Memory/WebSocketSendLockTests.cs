using System;
using System.IO;
using System.Linq;
using System.Threading;
using Viper.Nano.Server;
using Viper.Nano.WebSockets;
using Xunit;

namespace Viper.Nano.WireTests.Memory
{
    /// <summary>
    /// Frames sent from several threads at once (the handler plus broadcasts) must never
    /// interleave on the wire, even when each takes several transport writes.
    /// </summary>
    public class WebSocketSendLockTests
    {
        private sealed class SlowCaptureTransport : ITransport
        {
            public readonly MemoryStream Wire = new MemoryStream();
            private int _inside;

            public int Receive(byte[] buffer, int offset, int count, int timeoutMs) => TransportResult.TimedOut;

            public bool Send(byte[] buffer, int offset, int count)
            {
                // Two writers at once would be the bug; yield to give them every chance.
                Assert.Equal(0, Interlocked.Exchange(ref _inside, 1));
                Thread.Yield();
                Wire.Write(buffer, offset, count);
                Interlocked.Exchange(ref _inside, 0);
                return true;
            }

            public bool CanSend() => true;
            public bool IsOpen => true;
            public void Close() { }
        }

        [Fact]
        public void ConcurrentSendsProduceWholeFrames()
        {
            var options = new ServerOptions { SendBufferSize = 130 };
            var transport = new SlowCaptureTransport();
            var ws = new WebSocket(transport, new byte[1024], new byte[130], options, new StaticUpgradeRequest(), null, 0, 0);
            Assert.True(ws.Accept());
            long afterHandshake = transport.Wire.Length;

            const int Threads = 4, Each = 200;
            var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                byte[] payload = Enumerable.Repeat((byte)(t + 1), 1000).ToArray();
                string text = new string((char)('a' + t), 300);
                byte[] frame = { 0x82, 0x01, (byte)(t + 1) };
                for (int i = 0; i < Each; i++)
                {
                    Assert.True(ws.SendBytes(payload));
                    Assert.True(ws.SendText(text));
                    Assert.True(ws.SendFrame(frame, 0, 3));
                }
            })).ToArray();
            foreach (var th in threads) th.Start();
            foreach (var th in threads) th.Join();

            byte[] wire = transport.Wire.ToArray();
            int p = (int)afterHandshake, frames = 0;
            while (p < wire.Length)
            {
                int len = wire[p + 1] & 0x7F, h = 2;
                if (len == 126) { len = (wire[p + 2] << 8) | wire[p + 3]; h = 4; }
                byte first = wire[p + h];
                Assert.All(wire.Skip(p + h).Take(len), b => Assert.Equal(first, b));
                p += h + len;
                frames++;
            }

            Assert.Equal(wire.Length, p);
            Assert.Equal(Threads * Each * 3, frames);
        }
    }
}
