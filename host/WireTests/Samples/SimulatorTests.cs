using System;
using System.Linq;
using System.Net.WebSockets;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Viper.Nano.WireTests.Wire;
using Viper.Nano.Server;
using Xunit;

namespace Viper.Nano.WireTests.Samples
{
    /// <summary>
    /// The simulator as users run it: --help lists every ServerOptions limit with its device
    /// default, each can be set by a flag, `--sample echo` is a plain echo WebSocket at / for
    /// standard tools, and a port another server holds is refused with a clear message.
    /// </summary>
    public class SimulatorTests
    {
        [Fact]
        public void HelpListsEveryServerOptionWithItsDeviceDefault()
        {
            var (exit, stdout, stderr) = SimulatorProcess.Run("--help");
            Assert.True(exit == 0, stderr);
            var defaults = new ServerOptions();
            foreach (FieldInfo field in typeof(ServerOptions).GetFields().Where(f => f.FieldType == typeof(int)))
            {
                string flag = "--" + string.Concat(field.Name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
                string line = stdout.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith(flag + " ") || l.TrimStart().StartsWith(flag + ","));
                Assert.True(line != null, flag + " is not listed:\n" + stdout);
                string shown = field.Name == nameof(ServerOptions.Port) ? "8080; 80 on the device" : field.GetValue(defaults).ToString();
                Assert.Contains(field.Name + " (default " + shown + ")", line);
            }

            foreach (string alias in new[] { "--max-message", "--per-address", "--rate", "--receive-buffer" })
            {
                Assert.Contains(", " + alias + " N", stdout);
            }
        }

        [Fact]
        public async Task AFlagSetsItsLimitAndABadValueIsRefused()
        {
            // MaxConnections 1: the second client is refused while the first holds the slot.
            using var sim = SimulatorProcess.Start("--sample echo --port 0 --max-connections 1 --per-address 0");
            using var first = new ClientWebSocket();
            await first.ConnectAsync(new Uri("ws://127.0.0.1:" + sim.Port + "/"), CancellationToken.None);
            using var second = new ClientWebSocket();
            second.Options.CollectHttpResponseDetails = true;
            await Assert.ThrowsAsync<WebSocketException>(() => second.ConnectAsync(new Uri("ws://127.0.0.1:" + sim.Port + "/"), CancellationToken.None));
            Assert.Equal(503, (int)second.HttpStatusCode);

            var (exit, _, stderr) = SimulatorProcess.Run("--rate fast");
            Assert.Equal(2, exit);
            Assert.Contains("--rate (RatePerSecond) takes a whole number, not 'fast'", stderr);
        }

        [Fact]
        public async Task TheEchoSampleSendsTextAsTextAndBytesAsBytesUnchanged()
        {
            using var sim = SimulatorProcess.Start("--sample echo --port 0");
            using var ws = new ClientWebSocket();
            using var cts = new CancellationTokenSource(15000);
            await ws.ConnectAsync(new Uri("ws://127.0.0.1:" + sim.Port + "/"), cts.Token);
            // Up to the default MaxMessageSize (128 bytes); larger ones need --max-message (README).
            byte[] text = Encoding.UTF8.GetBytes("caf\u00e9 \U0001F600 " + new string('x', 117));
            byte[] bytes = Enumerable.Range(0, 128).Select(i => (byte)(i * 7)).ToArray();
            foreach ((byte[] payload, WebSocketMessageType type) in new[] { (text, WebSocketMessageType.Text), (bytes, WebSocketMessageType.Binary), (Array.Empty<byte>(), WebSocketMessageType.Text) })
            {
                await ws.SendAsync(payload, type, true, cts.Token);
                var buffer = new byte[2048];
                int got = 0;
                WebSocketReceiveResult r;
                do
                {
                    r = await ws.ReceiveAsync(new ArraySegment<byte>(buffer, got, buffer.Length - got), cts.Token);
                    got += r.Count;
                }
                while (!r.EndOfMessage);
                Assert.Equal(type, r.MessageType);
                Assert.Equal(payload, buffer.Take(got).ToArray());
            }

            await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
            Assert.Equal(WebSocketCloseStatus.NormalClosure, ws.CloseStatus);
        }

        private const string PythonEcho = @"
import asyncio, json, sys, websockets

async def main(uri):
    async with websockets.connect(uri) as ws:
        out = []
        for message in ['h\u00e9llo', bytes([0, 1, 2, 255]), '', b'']:
            await ws.send(message)
            back = await ws.recv()
            out.append(type(back) is type(message) and back == message)
    print(json.dumps({'same': out, 'code': ws.close_code}))

asyncio.run(main(sys.argv[1]))
";

        [SkippableFact]
        public void TheEchoSampleAnswersPythonWebsockets()
        {
            RealClients.NeedPythonWebsockets();
            using var sim = SimulatorProcess.Start("--sample echo --port 0");
            RealClients.Result r = RealClients.RunPython(PythonEcho, "ws://127.0.0.1:" + sim.Port + "/", 30000);
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal("{\"same\": [true, true, true, true], \"code\": 1000}", r.Stdout.Trim());
        }

        [Fact]
        public void ASecondSimulatorOnATakenPortExitsWithAClearMessage()
        {
            using var first = SimulatorProcess.Start("--sample echo --port 0");
            var (exit, stdout, stderr) = SimulatorProcess.Run("--sample echo --port " + first.Port);
            Assert.True(exit == 1, "exit " + exit + "\n" + stdout + stderr);
            Assert.StartsWith("simulator: cannot listen on port " + first.Port + " (ServerOptions.Port): it is in use by another server", stderr);
            Assert.DoesNotContain("listening", stdout);
            Assert.DoesNotContain("   at ", stderr); // a message, not a stack trace
        }
    }
}
