using System;
using System.Diagnostics;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;
using WebSocket = Viper.Nano.WebSockets.WebSocket;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>Test-side routes for the graceful-stop tests; each counts what it saw.</summary>
    public static class StopWireRoutes
    {
        public static readonly ManualResetEventSlim Release = new(false);
        private static int opened;
        private static int running;
        private static int lastCloseCode;
        private static int echoed;

        public static int Opened => Volatile.Read(ref opened);
        public static int Running => Volatile.Read(ref running);
        public static int LastCloseCode => Volatile.Read(ref lastCloseCode);
        public static int Echoed => Volatile.Read(ref echoed);

        public static void Reset()
        {
            opened = running = lastCloseCode = echoed = 0;
            Release.Reset();
        }

        [WebSocketRoute("/ws/echo")]
        public static void Echo(WebSocket ws)
        {
            if (!ws.Accept()) return;
            Interlocked.Increment(ref opened);
            while (true)
            {
                WebSocketMessage m = ws.Receive();
                if (m.Type == MessageType.Close)
                {
                    Volatile.Write(ref lastCloseCode, m.CloseCode);
                    return;
                }

                if (ws.SendText("echo:" + m.Text)) Interlocked.Increment(ref echoed);
            }
        }

        [HttpGet("/slow")]
        public static void Slow(HttpContext context)
        {
            Interlocked.Increment(ref running);
            Release.Wait(10000);
            context.Response.WriteText("finished after stop");
        }

        // A stream whose handler writes its own events until the stream is ended.
        [SseRoute("/sse/ticks")]
        public static void Ticks(SseStream stream)
        {
            Interlocked.Increment(ref opened);
            int n = 0;
            while (stream.Send("tick " + n++)) Thread.Sleep(50);
        }
    }

    /// <summary>
    /// ViperServer.Stop against real clients over loopback: ClientWebSocket, Python websockets
    /// and Node ws all see close code 1001 (Going Away), an SSE client (curl -N) sees its stream
    /// end, and a response whose handler is still running when Stop is called completes.
    /// </summary>
    public class ServerStopTests
    {
        private static TestServer Start(int closeTimeoutMs = 3000)
        {
            StopWireRoutes.Reset();
            return new TestServer(o =>
            {
                o.PingIntervalMs = 0;
                o.CloseTimeoutMs = closeTimeoutMs;
                o.StopTimeoutMs = 8000;
            }, typeof(StopWireRoutes));
        }

        // Stop blocks until the connections have ended: run it beside the client, and time it.
        private static Task<long> StopInBackground(TestServer server) => Task.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            server.Server.Stop();
            return clock.ElapsedMilliseconds;
        });

        [Fact]
        public async Task ClientWebSocketSeesGoingAwayAndAnswers()
        {
            using TestServer server = Start();
            using var ws = new ClientWebSocket();
            using var cts = new CancellationTokenSource(15000);
            await ws.ConnectAsync(server.Ws("/ws/echo"), cts.Token);
            await ws.SendAsync(Encoding.UTF8.GetBytes("hi"), WebSocketMessageType.Text, true, cts.Token);
            var buffer = new byte[256];
            WebSocketReceiveResult echo = await ws.ReceiveAsync(buffer, cts.Token);
            Assert.Equal("echo:hi", Encoding.UTF8.GetString(buffer, 0, echo.Count));

            Task<long> stop = StopInBackground(server);
            WebSocketReceiveResult close = await ws.ReceiveAsync(buffer, cts.Token);
            Assert.Equal(WebSocketMessageType.Close, close.MessageType);
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, close.CloseStatus); // 1001
            Assert.Equal("server stopping", close.CloseStatusDescription);
            Assert.False(stop.IsCompleted, "Stop waits for the client's answer");
            await ws.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "", cts.Token);
            long ms = await stop.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.True(ms < 2500, "Stop returned " + ms + " ms after it began, not after CloseTimeoutMs (3000)");
            Assert.Equal(1001, StopWireRoutes.LastCloseCode);
        }

        private const string PythonScript = @"
import asyncio, json, sys, websockets

async def main(uri):
    async with websockets.connect(uri) as ws:
        await ws.send('hi')
        echo = await ws.recv()
        try:
            await ws.recv()
            print(json.dumps({'echo': echo, 'error': 'no close'}))
        except websockets.exceptions.ConnectionClosed as e:
            print(json.dumps({'echo': echo, 'code': e.code, 'reason': e.reason}))

asyncio.run(main(sys.argv[1]))
";

        [SkippableFact]
        public async Task PythonWebsocketsSeesGoingAway()
        {
            RealClients.NeedPythonWebsockets();
            using TestServer server = Start();
            Task<RealClients.Result> client = Task.Run(() => RealClients.RunPython(PythonScript, server.Ws("/ws/echo").ToString(), 30000));
            await StopOnceOpen(server, client);
            RealClients.Result r = await client;
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal("{\"echo\": \"echo:hi\", \"code\": 1001, \"reason\": \"server stopping\"}", r.Stdout.Trim());
            Assert.Equal(1001, StopWireRoutes.LastCloseCode);
        }

        private const string NodeScript = @"
const WebSocket = require('ws');
const ws = new WebSocket(process.argv[2]);
let echo = null;
ws.on('open', () => ws.send('hi'));
ws.on('message', m => { echo = m.toString(); });
ws.on('close', (code, reason) => console.log(JSON.stringify({ echo, code, reason: reason.toString() })));
ws.on('error', e => { console.log(JSON.stringify({ error: e.message })); process.exitCode = 1; });
";

        [SkippableFact]
        public async Task NodeWsSeesGoingAway()
        {
            RealClients.NeedNodeWs();
            using TestServer server = Start();
            Task<RealClients.Result> client = Task.Run(() => RealClients.RunNode(NodeScript, server.Ws("/ws/echo").ToString(), 30000));
            await StopOnceOpen(server, client);
            RealClients.Result r = await client;
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal("{\"echo\":\"echo:hi\",\"code\":1001,\"reason\":\"server stopping\"}", r.Stdout.Trim());
            Assert.Equal(1001, StopWireRoutes.LastCloseCode);
        }

        // Waits until the client's socket is open and has had its echo (the handler is back in
        // Receive), then stops the server; Stop must return once the client has answered.
        private static async Task StopOnceOpen(TestServer server, Task<RealClients.Result> client)
        {
            Assert.True(TestServer.WaitFor(() => StopWireRoutes.Echoed >= 1 || client.IsCompleted, 30000),
                "the client never got its echo");
            Assert.False(client.IsCompleted, "the client ended before Stop: " + (client.IsCompleted ? client.Result.ToString() : ""));
            long ms = await StopInBackground(server).WaitAsync(TimeSpan.FromSeconds(20));
            Assert.True(ms < 8000, "Stop took " + ms + " ms");
        }

        [SkippableFact]
        public void CurlSeesTheEventStreamEnd()
        {
            RealClients.NeedCurl();
            using TestServer server = Start();
            Task<RealClients.Result> curl = Task.Run(() => RealClients.Run("curl", "-sN --max-time 20 " + server.Url("/sse/ticks"), 30000));
            Assert.True(TestServer.WaitFor(() => StopWireRoutes.Opened == 1, 15000), "the stream started");
            Thread.Sleep(200);
            long ms = StopInBackground(server).Result;
            RealClients.Result r = curl.Result;
            // Exit 0: the close-delimited response ended normally (28 would be curl's own --max-time).
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.StartsWith("retry: 3000\n\ndata: tick 0\n\n", r.Stdout);
            Assert.EndsWith("\n\n", r.Stdout);
            Assert.True(ms < 3000, "Stop took " + ms + " ms");
        }

        [Fact]
        public async Task AResponseWhoseHandlerIsRunningWhenStopIsCalledCompletes()
        {
            using TestServer server = Start();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
            Task<HttpResponseMessage> get = http.GetAsync(server.Url("/slow"));
            Assert.True(TestServer.WaitFor(() => StopWireRoutes.Running == 1, 15000), "the handler runs");
            Task<long> stop = StopInBackground(server);
            Thread.Sleep(300);
            Assert.False(stop.IsCompleted, "Stop waits for the running handler");
            StopWireRoutes.Release.Set();
            using HttpResponseMessage response = await get;
            Assert.Equal(200, (int)response.StatusCode);
            Assert.True(response.Headers.ConnectionClose, "the last response says Connection: close");
            Assert.Equal("finished after stop", await response.Content.ReadAsStringAsync());
            long ms = await stop.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.True(ms < 5000, "Stop took " + ms + " ms");
        }
    }
}
