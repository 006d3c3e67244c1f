using System;
using Viper.Nano.Server;
using Viper.Nano.WebSockets;
using Xunit;
using Xunit.Abstractions;

namespace Viper.Nano.WireTests.Memory
{
    /// <summary>
    /// The zero-copy receive/echo path allocates nothing in steady state (design principle:
    /// hot paths allocate nothing), measured with GC.GetAllocatedBytesForCurrentThread.
    /// </summary>
    public class WebSocketAllocationTests
    {
        private const int Frames = 10000;
        private readonly ITestOutputHelper _output;

        public WebSocketAllocationTests(ITestOutputHelper output) => _output = output;

        // A 125-byte masked binary frame, the largest that still has a 2-byte length.
        private static byte[] MaskedFrame()
        {
            byte[] mask = { 0x37, 0xfa, 0x21, 0x3d };
            byte[] frame = new byte[6 + 125];
            frame[0] = 0x82;
            frame[1] = 0x80 | 125;
            Array.Copy(mask, 0, frame, 2, 4);
            for (int i = 0; i < 125; i++) frame[6 + i] = (byte)(i ^ mask[i & 3]);
            return frame;
        }

        /// <summary>Hands out the same client frame on every Receive and swallows what is sent.</summary>
        private sealed class LoopTransport : ITransport
        {
            private readonly byte[] _frame;
            public long BytesSent;
            public LoopTransport(byte[] frame) => _frame = frame;

            public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
            {
                Array.Copy(_frame, 0, buffer, offset, _frame.Length);
                return _frame.Length;
            }

            public bool Send(byte[] buffer, int offset, int count)
            {
                BytesSent += count;
                return true;
            }

            public bool CanSend() => true;
            public bool IsOpen => true;
            public void Close() { }
        }

        [Fact]
        public void DecodingAndUnmaskingAFrameAllocatesNothing()
        {
            byte[] source = MaskedFrame();
            byte[] work = new byte[source.Length];
            var decoder = new FrameDecoder();
            void One()
            {
                Array.Copy(source, work, source.Length);
                decoder.DecodeHeader(work, 0, work.Length);
                decoder.UnmaskPayload(work, decoder.Consumed, work.Length - decoder.Consumed);
            }

            for (int i = 0; i < 1000; i++) One();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Frames; i++) One();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            _output.WriteLine("decoder: " + allocated + " bytes over " + Frames + " frames");
            Assert.Equal(0, allocated);
            Assert.Equal(124, work[6 + 124]);
        }

        [Fact]
        public void EchoingThroughTheWebSocketObjectAllocatesNothing()
        {
            var options = new ServerOptions();
            var transport = new LoopTransport(MaskedFrame());
            long beforeCreate = GC.GetAllocatedBytesForCurrentThread();
            var ws = new WebSocket(transport, new byte[options.ReceiveBufferSize], new byte[options.SendBufferSize],
                options, new StaticUpgradeRequest(), null, 0, 0);
            long created = GC.GetAllocatedBytesForCurrentThread() - beforeCreate;
            Assert.True(ws.Accept());
            long accepted = GC.GetAllocatedBytesForCurrentThread() - beforeCreate - created;

            void Echo()
            {
                WebSocketMessage m = ws.Receive();
                ws.SendBytes(m.Buffer, m.Offset, m.Count);
            }

            for (int i = 0; i < 1000; i++) Echo();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Frames; i++) Echo();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            _output.WriteLine("per connection: " + created + " bytes to construct (buffers " +
                (options.ReceiveBufferSize + options.SendBufferSize) + " included), " + accepted + " bytes to accept");
            _output.WriteLine("echo: " + allocated + " bytes over " + Frames + " frames");
            Assert.Equal(0, allocated);
            Assert.Equal((long)(1000 + Frames) * 127 + 129, transport.BytesSent);
        }
    }
}
