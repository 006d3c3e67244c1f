using System.Text.Json;
using Viper.Nano.WireTests.Wire.Harness;
using Viper.Nano.Server;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>Our WebSocket layer against Python websockets (a strict RFC 6455 client) over loopback.</summary>
    public class WebSocketPythonClientTests
    {
        private const string Script = @"
import asyncio, json, sys, websockets

async def main(uri, offered):
    out = {}
    protocols = [p for p in offered.split(',') if p] or None
    async with websockets.connect(uri, subprotocols=protocols, max_size=None) as ws:
        out['subprotocol'] = ws.subprotocol
        await ws.send('h\u00e9llo \U0001F600')
        out['text'] = await ws.recv()
        await ws.send(bytes([0, 1, 255]))
        out['bytes'] = (await ws.recv()).hex()
        await ws.send(['frag', 'ment', 'ed'])
        out['fragmented'] = await ws.recv()
        pong = await ws.ping(b'abc')
        await asyncio.wait_for(pong, 5)
        out['pong'] = True
        await ws.send(bytes(5000))
        try:
            await asyncio.wait_for(ws.recv(), 5)
        except websockets.ConnectionClosed as e:
            out['close_code'] = e.rcvd.code if e.rcvd else None
    print(json.dumps(out))

asyncio.run(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ''))
";

        private static JsonElement Run(WsTestServer server, string path, string offered)
        {
            RealClients.Result r = RealClients.RunPython(Script, server.Uri(path) + " \"" + offered + "\"", 30000);
            Assert.True(r.ExitCode == 0, r.ToString());
            return JsonDocument.Parse(r.Stdout).RootElement;
        }

        [SkippableFact]
        public void EchoPingFragmentsAndTooBig()
        {
            RealClients.NeedPythonWebsockets();
            using var server = new WsTestServer();
            JsonElement out1 = Run(server, "/ws/echo", "");
            Assert.Equal(JsonValueKind.Null, out1.GetProperty("subprotocol").ValueKind);
            Assert.Equal("héllo 😀", out1.GetProperty("text").GetString());
            Assert.Equal("0001ff", out1.GetProperty("bytes").GetString());
            Assert.Equal("fragmented", out1.GetProperty("fragmented").GetString());
            Assert.True(out1.GetProperty("pong").GetBoolean());
            Assert.Equal(1009, out1.GetProperty("close_code").GetInt32());
            Assert.Empty(server.Errors);
        }

        [SkippableTheory]
        [InlineData("mqttv5,mqtt", "mqtt")]
        [InlineData("mqttv5", "mqttv5")]
        [InlineData("soap", null)]
        public void Subprotocols(string offered, string expected)
        {
            RealClients.NeedPythonWebsockets();
            using var server = new WsTestServer(protocols: new[] { "mqtt", "mqttv5" });
            JsonElement result = Run(server, "/ws/mqtt", offered);
            if (expected == null) Assert.Equal(JsonValueKind.Null, result.GetProperty("subprotocol").ValueKind);
            else Assert.Equal(expected, result.GetProperty("subprotocol").GetString());
        }
    }
}
