using System;
using System.Text;
using Viper.Nano.Rooms;
using Viper.Nano.Server;
using Viper.Nano.WebSockets;
using Xunit;
using Xunit.Abstractions;

namespace Viper.Nano.WireTests.Memory
{
    /// <summary>
    /// A room broadcast in steady state allocates nothing per broadcast and per member (issue 5):
    /// the frame is encoded once into a pooled frame and the same bytes go to every member.
    /// Measured on the broadcasting thread with GC.GetAllocatedBytesForCurrentThread.
    /// </summary>
    public class BroadcastAllocationTests
    {
        private const int Broadcasts = 10000;
        private readonly ITestOutputHelper output;

        public BroadcastAllocationTests(ITestOutputHelper output) => this.output = output;

        /// <summary>A socket that always takes what it is given.</summary>
        private sealed class SinkTransport : ITransport
        {
            public long BytesSent;
            public int Receive(byte[] buffer, int offset, int count, int timeoutMs) => TransportResult.TimedOut;
            public bool Send(byte[] buffer, int offset, int count)
            {
                BytesSent += count;
                return true;
            }

            public bool CanSend() => true;
            public bool IsOpen => true;
            public void Close() { }
        }

        [Theory]
        [InlineData(1)]
        [InlineData(4)]
        [InlineData(16)]
        public void ABroadcastToARoomAllocatesNothing(int members)
        {
            var options = new ServerOptions { MaxConnections = 16 };
            var manager = new ConnectionManager(options);
            var sinks = new SinkTransport[members];
            for (int i = 0; i < members; i++)
            {
                sinks[i] = new SinkTransport();
                var ws = new WebSocket(sinks[i], new byte[options.ReceiveBufferSize], new byte[options.SendBufferSize], options, new StaticUpgradeRequest(), null, 0, 0)
                {
                    Slot = i,
                };
                Assert.True(manager.Connect(ws, "sensors"));
            }

            byte[] reading = Encoding.UTF8.GetBytes("{\"value\":22.53,\"unit\":\"C\",\"ts\":1732412345123,\"seq\":42}");
            for (int i = 0; i < 1000; i++) manager.BroadcastText(reading, 0, reading.Length, "sensors");
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Broadcasts; i++) manager.BroadcastText(reading, 0, reading.Length, "sensors");
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            output.WriteLine(members + " members: " + allocated + " bytes over " + Broadcasts + " broadcasts");
            Assert.Equal(0, allocated);
            Assert.Equal((long)(1000 + Broadcasts) * (2 + reading.Length), sinks[members - 1].BytesSent - 129);
        }
    }
}
