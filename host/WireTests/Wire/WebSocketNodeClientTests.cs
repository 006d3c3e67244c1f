using System.Linq;
using System.Text.Json;
using Viper.Nano.WireTests.Wire.Harness;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>Our WebSocket layer against Node's ws package over loopback.</summary>
    public class WebSocketNodeClientTests
    {
        private const string Script = @"
const WebSocket = require('ws');
const [uri, mode] = process.argv.slice(2);
const ws = new WebSocket(uri, ['mqtt']);
const out = { received: [] };
ws.on('open', () => {
  out.protocol = ws.protocol;
  if (mode === 'big') { ws.send(Buffer.alloc(2000)); return; }
  ws.send('hello');
  ws.send(Buffer.from([1, 2, 3]));
});
ws.on('message', (data, isBinary) => {
  out.received.push(isBinary ? 'b:' + data.toString('hex') : 't:' + data.toString());
  if (out.received.length === 2) ws.close(4000, 'bye');
});
ws.on('close', (code, reason) => {
  out.code = code; out.reason = reason.toString();
  console.log(JSON.stringify(out));
});
ws.on('error', (e) => { console.log(JSON.stringify({ error: e.message })); process.exitCode = 1; });
";

        private static JsonElement Run(WsTestServer server, string mode)
        {
            RealClients.Result r = RealClients.RunNode(Script, server.Uri("/ws/echo") + " " + mode, 30000);
            Assert.True(r.ExitCode == 0, r.ToString());
            return JsonDocument.Parse(r.Stdout).RootElement;
        }

        [SkippableFact]
        public void EchoAndCloseCode()
        {
            RealClients.NeedNodeWs();
            using var server = new WsTestServer(protocols: new[] { "mqtt" });
            JsonElement result = Run(server, "echo");
            Assert.Equal("mqtt", result.GetProperty("protocol").GetString());
            Assert.Equal("t:hello", result.GetProperty("received")[0].GetString());
            Assert.Equal("b:010203", result.GetProperty("received")[1].GetString());
            Assert.Equal(4000, result.GetProperty("code").GetInt32());
            Assert.Empty(server.Errors);
            WebSocketDotNetClientTests.WaitFor(() => server.CloseCodes.Contains(4000)).Wait();
        }

        [SkippableFact]
        public void TooBigIsClosedWith1009()
        {
            RealClients.NeedNodeWs();
            using var server = new WsTestServer(protocols: new[] { "mqtt" });
            JsonElement result = Run(server, "big");
            Assert.Equal(1009, result.GetProperty("code").GetInt32());
        }

        [SkippableFact]
        public void NoSubprotocolInCommonMeansNoHeaderAndNodeRefuses()
        {
            // Our policy (RFC 6455 4.2.2): answer without Sec-WebSocket-Protocol; ws then fails
            // the connection itself, as RFC 6455 4.1 lets a client do.
            RealClients.NeedNodeWs();
            using var server = new WsTestServer(protocols: new[] { "wamp" });
            RealClients.Result r = RealClients.RunNode(Script, server.Uri("/ws/echo") + " echo", 30000);
            Assert.Contains("Server sent no subprotocol", r.Stdout);
        }
    }
}
