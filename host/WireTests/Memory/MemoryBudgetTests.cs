using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading;
using Viper.Nano.WireTests.Wire;
using Viper.Nano.Rooms;
using Viper.Nano.Samples.SensorBroadcast;
using Viper.Nano.Server;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;
using Xunit;
using Xunit.Abstractions;

namespace Viper.Nano.WireTests.Memory
{
    /// <summary>Runs alone: GC.GetTotalMemory counts the whole process, so no other test may allocate meanwhile.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class MemoryBudgetCollection
    {
        public const string Name = "memory budget (runs alone)";
    }

    /// <summary>
    /// The figures of firmware-notes/memory-budget.md: managed bytes the server holds per
    /// connection slot, for its fixed parts, for a connection manager, and per idle WebSocket and
    /// SSE client, measured on .NET (GC.GetTotalMemory(true) after a full collection) and
    /// estimated for nanoCLR with <see cref="NanoHeapModel"/>. The bounds are loose on purpose:
    /// they catch a regression by a factor, not noise; the printed figures are what the notes quote.
    /// </summary>
    [Collection(MemoryBudgetCollection.Name)]
    public class MemoryBudgetTests
    {
        private readonly ITestOutputHelper output;

        public MemoryBudgetTests(ITestOutputHelper output) => this.output = output;

        // Two 1 KB buffers, the sizes the bounds below were set for (the default send buffer is
        // 512 B since the interpreter's capacity run); the HTTP state is per worker, not per slot.
        private static ServerOptions Defaults(int slots) => new ServerOptions { Port = 0, MaxConnections = slots, SendBufferSize = 1024 };

        private static ViperServer StartSensorServer(ServerOptions options)
        {
            var server = new ViperServer(options);
            server.AddRoutes(typeof(SensorRoutes));
            server.AddOpenApi("SensorBroadcast", "1.0");
            server.Start();
            return server;
        }

        // Bytes this thread allocates while make() runs (exact: GC.GetAllocatedBytesForCurrentThread).
        // For objects that are kept, as here, that is what they hold plus any garbage made on the
        // way: an upper bound. Threads started meanwhile allocate on their own account.
        private static long Allocated(Func<object> make, out object made)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            made = make();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [Fact]
        public void ConnectionSlotsAndTheFixedServerAtStart()
        {
            StartSensorServer(Defaults(2)).Stop(); // JIT, reflection caches, static tables
            long one = Allocated(() => StartSensorServer(Defaults(1)), out object a);
            long nine = Allocated(() => StartSensorServer(Defaults(9)), out object b);
            var small = (ViperServer)a;
            var large = (ViperServer)b;
            try
            {
                double perSlot = (nine - one) / 8.0;
                double fixedPart = one - perSlot;
                var model1 = new NanoHeapModel();
                long device1 = model1.Add(small);
                var model9 = new NanoHeapModel();
                long device9 = model9.Add(large);
                long deviceSlot = (device9 - device1) / 8;
                output.WriteLine(".NET, allocated by Start: " + perSlot.ToString("N0") + " B per slot, " + fixedPart.ToString("N0") + " B fixed (SensorBroadcast routes, OpenAPI document "
                    + small.OpenApiJson.Length.ToString("N0") + " B, listener, accept thread)");
                output.WriteLine("nanoCLR model: " + deviceSlot.ToString("N0") + " B per slot without its thread, " + (device1 - deviceSlot).ToString("N0") + " B fixed; threads: "
                    + model1.Threads + " for 1 slot; unmodelled: " + string.Join(", ", model1.Unmodelled));
                output.WriteLine("  9 slots by type: " + model9.Breakdown(14));
                int slots = new ServerOptions().MaxConnections;
                output.WriteLine("default server (" + slots + " slots), .NET: " + (fixedPart + slots * perSlot).ToString("N0") + " B; model: "
                    + (device1 + (slots - 1) * deviceSlot).ToString("N0") + " B + " + model1.Threads + " threads");
                Assert.InRange(perSlot, 2048, 8192);
                Assert.InRange(deviceSlot, 2048, 6144);
                // Threads do not grow with slots: the workers, the poll thread and the accept thread.
                Assert.Equal(model1.Threads, model9.Threads);
                Assert.Equal(new ServerOptions().WorkerThreads + 2, model1.Threads);
            }
            finally
            {
                small.Stop();
                large.Stop();
            }
        }

        [Fact]
        public void AConnectionManagerAndAnSseReplayRing()
        {
            // 4 slots: the bound below is for the buffers plus a small table; each further slot
            // adds a 12-byte member entry (the capacity run measures the real defaults).
            var options = new ServerOptions { MaxConnections = 4 };
            new ConnectionManager(options);
            long managerNet = Allocated(() => new ConnectionManager(options), out object manager);
            long ringNet = Allocated(() => new SseReplayRing(options.SseReplayBytes, options.SseReplayEvents), out object ring);
            var model = new NanoHeapModel();
            model.Exclude(options);
            long managerDevice = model.Add(manager);
            long ringDevice = new NanoHeapModel().Add(ring);
            output.WriteLine("ConnectionManager, defaults: .NET " + managerNet.ToString("N0") + " B, nanoCLR model " + managerDevice.ToString("N0")
                + " B (pool " + options.BroadcastPoolFrames + " x " + (options.MaxBroadcastSize + 48) + " B, scratch " + options.MaxBroadcastSize + " B, batch " + options.BroadcastBatchBytes + " B)");
            output.WriteLine("  by type: " + model.Breakdown(8));
            output.WriteLine("SSE replay ring, per room with SSE members: .NET " + ringNet.ToString("N0") + " B, nanoCLR model " + ringDevice.ToString("N0") + " B");
            int buffers = options.BroadcastPoolFrames * (options.MaxBroadcastSize + 48) + options.MaxBroadcastSize + options.BroadcastBatchBytes;
            Assert.InRange(managerNet, buffers, buffers + 2048);
            Assert.InRange(managerDevice, buffers, buffers + 1536);
            Assert.InRange(ringDevice, options.SseReplayBytes, options.SseReplayBytes + 512);
            GC.KeepAlive(manager);
            GC.KeepAlive(ring);
        }

        [Fact]
        public void TheSensorBroadcastFirmwareAtStart()
        {
            var options = new ServerOptions { Port = 0 };
            SensorRoutes.Start(options, new SensorBroadcastOptions(), new SimulatedSensor(1), new EmptyPage());
            try
            {
                var model = new NanoHeapModel();
                long total = 0;
                foreach (FieldInfo f in typeof(SensorRoutes).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)) total += model.Add(f.GetValue(null));
                output.WriteLine("SensorBroadcast with default ServerOptions, before any client: nanoCLR model " + total.ToString("N0") + " B, " + model.Threads
                    + " threads (their structures and frames not included; the page is in flash)");
                output.WriteLine("  by type: " + model.Breakdown(16));
                Assert.InRange(total, 30000, 80000);
            }
            finally
            {
                SensorRoutes.Stop();
            }
        }

        /// <summary>The page as the device has it: text in flash, nothing on the heap.</summary>
        private sealed class EmptyPage : Viper.Nano.Http.IResponseContent
        {
            public int Length => 0;
            public int Read(int position, byte[] buffer, int offset, int count) => 0;
        }

        [SkippableTheory]
        [InlineData("/ws/idle", "101", "WebSocket")]
        [InlineData("/events", "200", "SSE")]
        public void AnIdleClientInARoom(string path, string status, string kind)
        {
            RealClients.Need(System.IO.File.Exists(RealClients.Python), "python3 (" + RealClients.Python + ")");
            const int Clients = 32;
            // IdleRoutes' WebSocket handler loops on Receive: each client holds a worker thread.
            var options = new ServerOptions { Port = 0, MaxConnections = Clients, WorkerThreads = Clients, MaxConnectionsPerAddress = 0, RatePerSecond = 0 };
            var server = new ViperServer(options);
            server.AddRoutes(typeof(IdleRoutes));
            server.Start();
            var manager = server.Rooms;
            IdleRoutes.Reset(manager);
            try
            {
                // Warm up every slot (JIT, first-use tables, the room's SSE replay ring), then measure.
                using (IdleClients.Open(server.Port, Clients, path, status)) WaitFor(() => IdleRoutes.Count == Clients);
                WaitFor(() => server.Stats.ConnectionsCurrent == 0);
                IdleRoutes.Reset(manager);
                var model = new NanoHeapModel();
                model.Exclude(server);
                model.Exclude(manager);

                long held = GC.GetTotalMemory(true);
                using (IdleClients.Open(server.Port, Clients, path, status))
                {
                    WaitFor(() => IdleRoutes.Count == Clients && manager.MemberCount == Clients);
                    Thread.Sleep(300);
                    double perClient = (GC.GetTotalMemory(true) - held) / (double)Clients;
                    long device = 0;
                    foreach (object member in IdleRoutes.Members.ToArray()) device += model.Add(member);
                    device /= Clients;
                    output.WriteLine(kind + ", idle in a room, per client on top of its slot: .NET about " + perClient.ToString("N0")
                        + " B held (GC.GetTotalMemory(true) over " + Clients + " clients; the .NET Socket's own objects included); nanoCLR model " + device.ToString("N0") + " B without the Socket object");
                    output.WriteLine("  by type, " + Clients + " clients: " + model.Breakdown(12) + "; unmodelled: " + string.Join(", ", model.Unmodelled));
                    Assert.InRange(perClient, 200, 16384);
                    Assert.InRange(device, 100, 2048);
                }
            }
            finally
            {
                server.Stop();
            }
        }

        [SkippableFact]
        public void TheCallChainOfAHandlerWaitingForAMessage()
        {
            RealClients.Need(System.IO.File.Exists(RealClients.Python), "python3 (" + RealClients.Python + ")");
            var options = new ServerOptions { Port = 0, MaxConnections = 1 };
            IdleRoutes.HandlerStack = null;
            var server = new ViperServer(options);
            server.AddRoutes(typeof(IdleRoutes));
            server.Start();
            IdleRoutes.Reset(server.Rooms);
            try
            {
                using (IdleClients.Open(server.Port, 1, "/ws/idle", "101")) WaitFor(() => IdleRoutes.Count == 1);
            }
            finally
            {
                server.Stop();
            }

            // Below the handler: from WebSocket.Receive to the transport's Receive, probed in memory.
            var probe = new ProbeTransport();
            var ws = new WebSocket(probe, new byte[options.ReceiveBufferSize], new byte[options.SendBufferSize], options, new StaticUpgradeRequest(), null, 0, 0);
            Assert.True(ws.Accept());
            ws.Receive();
            MethodBase[] chain = probe.Stack.TakeWhile(m => m.DeclaringType != typeof(MemoryBudgetTests)).Concat(IdleRoutes.HandlerStack).ToArray();
            int bytes = chain.Sum(NanoHeapModel.FrameBytes) + 2 * NanoHeapModel.FrameBytes(null); // + native MethodBase.Invoke and Socket.Poll
            foreach (MethodBase m in chain) output.WriteLine("  " + m.DeclaringType.Name + "." + m.Name + ": " + NanoHeapModel.FrameBytes(m) + " B");
            output.WriteLine(chain.Length + 2 + " frames from the slot's loop to the socket wait, nanoCLR model " + bytes.ToString("N0") + " B of stack frames on the heap");
            MethodInfo workerLoop = typeof(ViperServer).GetMethod("WorkerLoop", BindingFlags.NonPublic | BindingFlags.Instance);
            int idle = NanoHeapModel.FrameBytes(workerLoop) + 2 * NanoHeapModel.FrameBytes(null); // + the lambda, WaitOne
            output.WriteLine("an idle worker thread (lambda, WorkerLoop, WaitOne): " + idle + " B of frames");
            // An SSE stream waits in HoldOpen instead: the same frames above the takeover, then its own.
            MethodBase[] above = chain.SkipWhile(m => m.Name != "TakeOver").ToArray();
            int sse = above.Sum(NanoHeapModel.FrameBytes) + NanoHeapModel.FrameBytes(null)
                + NanoHeapModel.FrameBytes(typeof(ViperServer).Assembly.GetType("Viper.Nano.Server.Endpoints").GetMethod("RunSse", BindingFlags.NonPublic | BindingFlags.Instance))
                + NanoHeapModel.FrameBytes(typeof(SseStream).GetMethod("HoldOpen")) + NanoHeapModel.FrameBytes(typeof(SocketTransport).GetMethod("Receive"));
            output.WriteLine("an SSE stream waiting in HoldOpen: " + (above.Length + 4) + " frames, " + sse + " B");
            Assert.InRange(chain.Length, 8, 40);
            Assert.InRange(bytes, 2000, 16000);
        }

        private static void WaitFor(Func<bool> condition)
        {
            DateTime end = DateTime.UtcNow.AddSeconds(20);
            while (!condition())
            {
                if (DateTime.UtcNow > end) throw new TimeoutException("the server did not reach the expected state");
                Thread.Sleep(20);
            }
        }

        /// <summary>Records the call chain of its first Receive, then hands out one masked text frame at a time.</summary>
        private sealed class ProbeTransport : ITransport
        {
            private static readonly byte[] Frame = { 0x81, 0x82, 1, 2, 3, 4, (byte)('h' ^ 1), (byte)('i' ^ 2) };
            public MethodBase[] Stack;

            public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
            {
                if (Stack == null) Stack = IdleRoutes.StackOf(new StackTrace());
                Array.Copy(Frame, 0, buffer, offset, Frame.Length);
                return Frame.Length;
            }

            public bool Send(byte[] buffer, int offset, int count) => true;
            public bool CanSend() => true;
            public bool IsOpen => true;
            public void Close() { }
        }
    }
}
