using System.Threading;
using Viper.Nano.WireTests.Wire;
using Xunit;

namespace Viper.Nano.WireTests.Memory
{
    /// <summary>
    /// ServerOptions.WorkerThreads when the heap has no room for one more worker: a new client
    /// waits in its slot for the next free worker instead of being refused (the device's free heap
    /// is simulated, so this runs with the memory-budget tests, alone).
    /// </summary>
    [Collection(MemoryBudgetCollection.Name)]
    public class WorkerWaitTests
    {
        [Fact]
        public void WithNoRoomForAnotherWorkerANewClientWaitsForABusyOne()
        {
            HttpTestRoutes.Release.Reset();
            using var server = new TestServer(o => { o.WorkerThreads = 1; o.MemoryReserveBytes = 1000; });
            nanoFramework.Runtime.Native.GC.SimulatedFreeBytes = 2000; // over the reserve, short of a worker
            try
            {
                using var a = server.Connect();
                a.GetStream().Write(System.Text.Encoding.ASCII.GetBytes("GET /block HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
                Assert.True(TestServer.WaitFor(() => server.Server.Stats.Requests == 1), "the worker is busy");
                using var b = server.Connect();
                b.GetStream().Write(System.Text.Encoding.ASCII.GetBytes("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
                Thread.Sleep(300);
                Assert.Equal(1, server.Server.Stats.Requests);
                Assert.Equal(1, server.Server.WorkerCount);
                HttpTestRoutes.Release.Set();
                Assert.EndsWith("hello", TestServer.ReadToClose(b.GetStream()));
                Assert.Equal(0, server.Server.Stats.ConnectionsRefused);
            }
            finally
            {
                nanoFramework.Runtime.Native.GC.SimulatedFreeBytes = -1;
                HttpTestRoutes.Release.Set();
            }
        }
    }
}
