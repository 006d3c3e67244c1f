using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>The guide's routes driven by Python's websockets and Node's ws, clients nobody here wrote.</summary>
    [Collection(GuideCollection.Name)]
    public class GuideRealClientTests
    {
        private readonly GuideServer server;

        public GuideRealClientTests(GuideServer server) => this.server = server;

        private const string PythonClient = @"
import asyncio, sys, websockets
async def main(url):
    async with websockets.connect(url + '/ws/echo') as ws:
        await ws.send('from python')
        print(await ws.recv())
        pong = await ws.ping()
        await asyncio.wait_for(pong, 5)
        print('pong')
    async with websockets.connect(url + '/ws/mqtt', subprotocols=['mqttv5', 'mqtt']) as ws:
        print('subprotocol', ws.subprotocol)
        print(await ws.recv())
    ws = await websockets.connect(url + '/ws/echo')
    await ws.close(code=4000, reason='done')
    print('closed', ws.close_code)
asyncio.run(main(sys.argv[1]))
";

        [SkippableFact]
        public void PythonWebsocketsEchoesPingsNegotiatesAndCloses()
        {
            RealClients.NeedPythonWebsockets();
            var r = RealClients.RunPython(PythonClient, "ws://127.0.0.1:" + server.Port, 30000);
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal("echo:from python\npong\nsubprotocol mqtt\nprotocol:mqtt\nclosed 4000\n", r.Stdout.Replace("\r", ""));
        }

        private const string NodeClient = @"
const WebSocket = require('ws');
const url = process.argv[2];
const ws = new WebSocket(url + '/ws/echo');
ws.on('open', () => ws.send('from node'));
ws.on('message', (m) => { console.log(m.toString()); ws.close(1000, 'bye'); });
ws.on('close', (code) => { console.log('close ' + code); process.exit(0); });
ws.on('error', (e) => { console.error(e); process.exit(1); });
const chat = new WebSocket(url + '/ws/mqtt', ['mqtt']);
chat.on('open', () => console.error('mqtt protocol ' + chat.protocol));
";

        [SkippableFact]
        public void NodeWsEchoesAndClosesNormally()
        {
            RealClients.NeedNodeWs();
            var r = RealClients.RunNode(NodeClient, "ws://127.0.0.1:" + server.Port, 30000);
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal("echo:from node\nclose 1000\n", r.Stdout.Replace("\r", ""));
        }
    }
}
