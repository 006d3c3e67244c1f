using System.Collections;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Viper.Nano.Samples.SensorBroadcast;
using Viper.Nano.Server;
using NativeGC = nanoFramework.Runtime.Native.GC;

namespace Viper.Nano.CapacityRun
{
    /// <summary>
    /// The capacity run (host/tools/capacity-run): the SensorBroadcast firmware's server, routes
    /// and options on the nanoCLR interpreter, its clients in memory. WebSocket members of the
    /// sensors room are added one at a time while readings are broadcast, each followed by one
    /// HTTP request; then SSE subscribers. After each client: the free heap (GC.Run(true)),
    /// whether every earlier client still receives, and the answer of the next client that is
    /// refused. The last line, "capacity: ...", is what the CI guard reads.
    /// </summary>
    public static class Program
    {
        private const string Upgrade = "GET /ws/sensors HTTP/1.1\r\nHost: 192.168.1.50\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: http://192.168.1.50\r\n"
            + "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36\r\n"
            + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\nCache-Control: no-cache\r\n\r\n";

        private const string EventsRequest = "GET /events HTTP/1.1\r\nHost: 192.168.1.50\r\nAccept: text/event-stream\r\n"
            + "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36\r\n\r\n";

        private const string HeadStart = "GET /api/readings/latest HTTP/1.1\r\nHost: 192.168.1.50\r\n";
        private const string HeadEnd = "Accept: application/json\r\nConnection: close\r\n\r\n";

        // A masked Close frame with code 1000 (mask 0: the payload reads as is), RFC 6455 5.5.1.
        private static readonly byte[] CloseFrame = new byte[] { 0x88, 0x82, 0, 0, 0, 0, 0x03, 0xE8 };

        private static int errors;

        public static void Main()
        {
            uint atLoad = Free();
            bool psram = atLoad > 400000;
            var options = new ServerOptions();
            // With PSRAM the heap is not the bound: open every slot a room's mask allows (32),
            // to see where memory would end; lwIP's 16 sockets end it first on the board.
            if (psram) options.MaxConnections = 32;
            var sensorOptions = new SensorBroadcastOptions();
            sensorOptions.IntervalMs = 200;
            ViperServer server = SensorRoutes.Build(options, sensorOptions, new SimulatedSensor(1), new EmptyPage());
#if GUIDE_STYLE
            // capacity-run --blocking: the guide's blocking echo next to the firmware's routes.
            server.AddRoutes(typeof(GuideStyleRoutes));
#endif
            var listener = new SinkListener();
            server.Start(listener);
            SensorRoutes.StartSampler();
            Thread.Sleep(600);
            uint atStart = Free();
            Print("free after assembly load: " + atLoad);
            Print("free after server start: " + atStart + " (start took " + (atLoad - atStart) + "; MaxConnections " + options.MaxConnections
                + ", WorkerThreads " + options.WorkerThreads + ", MemoryReserveBytes " + options.MemoryReserveBytes + ")");

            uint inFlight = HttpInFlight(listener, atStart);
            uint blocking = 0;
#if GUIDE_STYLE
            blocking = BlockingClient(listener);
#endif

            var live = new ArrayList();
            int perWs = AddUntilRefused(listener, server, "WebSocket", Upgrade, 101, live);
            CloseAll(live);
            Thread.Sleep(1500);

            var streams = new ArrayList();
            int perSse = AddUntilRefused(listener, server, "SSE", EventsRequest, 200, streams);
            for (int i = 0; i < streams.Count; i++) ((SinkTransport)streams[i]).ClientClose();
            Thread.Sleep(1500);

            uint httpState = WorkerCost(server, out uint thread);
            Print("after every client left: free " + Free());
            SensorRoutes.Sampler.Stop();
            server.Stop();
            Print("capacity: heap_free_at_start=" + atStart + " ws=" + live.Count + " ws_with_http=" + withHttp + " sse=" + streams.Count
                + " per_ws=" + perWs + " per_sse=" + perSse + " http_in_flight=" + (atStart - inFlight) + " blocking_ws=" + blocking
                + " worker_http_state=" + httpState + " waiting_thread=" + thread + " errors=" + errors);
        }

        private static int withHttp;
        private static object kept;

        // Adds clients one at a time until one is refused (or every slot and one more are
        // tried); after each: the free heap, whether every earlier client still receives, and
        // for WebSocket clients one HTTP request. Returns the average cost of a client.
        private static int AddUntilRefused(SinkListener listener, ViperServer server, string what, string request, int accepted, ArrayList clients)
        {
            uint first = Free();
            uint before = first;
            for (int i = 1; i <= server.Options.MaxConnections + 1; i++)
            {
                SinkTransport client = Open(listener, request);
                if (client.Status != accepted)
                {
                    Refused(what + " " + i, client, server);
                    break;
                }

                clients.Add(client);
                bool receiving = AllReceive(clients);
                uint now = Free();
                string line = what + " " + i + ": free " + now + " (" + (before - now) + " for this client), every one receiving: " + (receiving ? "yes" : "NO");
                if (accepted == 101)
                {
                    int http = HttpOnce(listener);
                    if (http == 200 && receiving) withHttp = i;
                    line += ", then GET /api/readings/latest: " + http;
                }

                Print(line);
                before = now;
            }

            return clients.Count == 0 ? 0 : (int)((long)first - before) / clients.Count;
        }

        // A WebSocket client of a handler in the guide's blocking style (a Receive loop): what it
        // holds beyond an event-style client's objects is its worker thread's deeper frames.
        private static uint BlockingClient(SinkListener listener)
        {
            uint before = Free();
            SinkTransport client = Open(listener, "GET /ws/echo" + Upgrade.Substring(Upgrade.IndexOf(' ', 4)));
            Thread.Sleep(300);
            uint now = Free();
            Print("a WebSocket client of a blocking Receive() handler (on the only worker): " + client.Status + ", free " + now + " (" + (before - now) + ")");
            if (client.Status != 101 && client.Status != 503) errors++;
            client.ClientWrite(CloseFrame);
            WaitClosed(client);
            return before - now;
        }

        // What one more worker thread would cost: its HTTP state, and a thread waiting for work.
        private static uint WorkerCost(ViperServer server, out uint thread)
        {
            uint before = Free();
            thread = 0;
            // Too little left to build a worker's objects: the run's own measuring would fail.
            if (before < 8192) return 0;
            var connection = new HttpConnection(server, server.Slots[0], server.Routes.MaxParams);
            uint withState = Free();
            var wake = new AutoResetEvent(false);
            var waiting = new Thread(() => wake.WaitOne(Timeout.Infinite, false));
            waiting.Start();
            Thread.Sleep(200);
            thread = withState - Free();
            Print("one more worker: HTTP state " + (before - withState) + ", a thread waiting for work " + thread);
            wake.Set();
            waiting.Join();
            kept = connection;
            return before - withState;
        }

        // One request whose head is only half sent: it holds a slot and a worker while the
        // worker waits for the rest. Returns the free heap meanwhile; then the head completes.
        private static uint HttpInFlight(SinkListener listener, uint atStart)
        {
            SinkTransport http = listener.Connect();
            http.ClientWrite(Encoding.UTF8.GetBytes(HeadStart));
            Thread.Sleep(300);
            uint during = Free();
            http.ClientWrite(Encoding.UTF8.GetBytes(HeadEnd));
            int status = WaitStatus(http);
            Print("an HTTP request in flight (head half sent): free " + during + " (" + (atStart - during) + "), then answered " + status);
            if (status != 200 && status != 503) errors++;
            WaitClosed(http);
            return during;
        }

        private static int HttpOnce(SinkListener listener)
        {
            SinkTransport http = Open(listener, HeadStart + HeadEnd);
            int status = http.Status;
            if (status == 500 || status == 0) errors++;
            WaitClosed(http);
            return status;
        }

        private static SinkTransport Open(SinkListener listener, string request)
        {
            SinkTransport client = listener.Connect();
            client.ClientWrite(Encoding.UTF8.GetBytes(request));
            WaitStatus(client);
            return client;
        }

        private static int WaitStatus(SinkTransport client)
        {
            for (int waited = 0; client.Status == 0 && !client.ClosedByServer && waited < 5000; waited += 20) Thread.Sleep(20);
            return client.Status;
        }

        private static void WaitClosed(SinkTransport client)
        {
            for (int waited = 0; !client.ClosedByServer && waited < 3000; waited += 20) Thread.Sleep(20);
        }

        // Every client gets at least one more broadcast within two seconds (a reading every 200 ms).
        private static bool AllReceive(ArrayList clients)
        {
            int[] seen = new int[clients.Count];
            for (int i = 0; i < seen.Length; i++) seen[i] = ((SinkTransport)clients[i]).Sends;
            for (int waited = 0; waited < 2000; waited += 50)
            {
                Thread.Sleep(50);
                bool all = true;
                for (int i = 0; i < seen.Length && all; i++)
                {
                    SinkTransport c = (SinkTransport)clients[i];
                    all = c.Sends > seen[i] && !c.ClosedByServer;
                }

                if (all) return true;
            }

            errors++;
            return false;
        }

        private static void Refused(string what, SinkTransport client, ViperServer server)
        {
            int busy = 0;
            ConnectionSlot[] slots = server.Slots;
            for (int i = 0; i < slots.Length; i++) if (slots[i].IsBusy) busy++;
            int status = client.Status;
            Print(what + ": refused with " + (status == 0 ? "no answer" : status.ToString()) + " (free " + Free() + ", " + busy + " of " + slots.Length + " slots busy)");
            if (status != 503) errors++;
            WaitClosed(client);
        }

        private static void CloseAll(ArrayList clients)
        {
            for (int i = 0; i < clients.Count; i++) ((SinkTransport)clients[i]).ClientWrite(CloseFrame);
        }

        private static uint Free()
        {
            return NativeGC.Run(true);
        }

        private static void Print(string line)
        {
            Debug.WriteLine(line);
        }

        /// <summary>The page as the board has it: in flash, nothing on the heap.</summary>
        private sealed class EmptyPage : Viper.Nano.Http.IResponseContent
        {
            public int Length => 0;

            public int Read(int position, byte[] buffer, int offset, int count) => 0;
        }
    }
}
