using System;
using System.Collections.Generic;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using static Viper.Nano.WireTests.Wire.SecurityTestRoutes;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// The same schemes on WebSocket routes, with .NET's ClientWebSocket, Python websockets and
    /// Node ws: headers, <c>?token=</c>, and the token as a <c>bearer.TOKEN</c> sub-protocol
    /// (what a browser can send), which is never echoed back.
    /// </summary>
    [Collection(SecurityCollection.Name)]
    public class SecurityWebSocketAuthTests
    {
        private static readonly string BasicValue = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + Password));

        /// <summary>How a client presents its credentials: headers, and sub-protocols in the order offered.</summary>
        public sealed class Offer
        {
            public string Name;
            public Dictionary<string, string> Headers = new();
            public string[] Protocols = Array.Empty<string>();
            public override string ToString() => Name;
        }

        private static Offer Header(string name, string value, string label) =>
            new Offer { Name = label, Headers = { [name] = value } };

        private static ClientWebSocket Client(Offer offer)
        {
            var ws = new ClientWebSocket();
            ws.Options.CollectHttpResponseDetails = true;
            if (offer == null) return ws;
            foreach (var h in offer.Headers) ws.Options.SetRequestHeader(h.Key, h.Value);
            foreach (string p in offer.Protocols) ws.Options.AddSubProtocol(p);
            return ws;
        }

        private static async Task<string> EchoOnce(ClientWebSocket ws)
        {
            using var cts = new CancellationTokenSource(5000);
            await ws.SendAsync(Encoding.UTF8.GetBytes("hi"), WebSocketMessageType.Text, true, cts.Token);
            var buffer = new byte[256];
            WebSocketReceiveResult r = await ws.ReceiveAsync(buffer, cts.Token);
            string text = Encoding.UTF8.GetString(buffer, 0, r.Count);
            await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
            return text;
        }

        public static TheoryData<string, Offer, string> Accepted => new()
        {
            { "/ws/basic", Header("Authorization", BasicValue, "basic header"), "echo:hi|none" },
            { "/ws/bearer", Header("Authorization", "Bearer " + Token, "bearer header"), "echo:hi|none" },
            { "/ws/bearer?token=" + Token, new Offer { Name = "bearer query" }, "echo:hi|none" },
            // A browser's way: the token rides as a sub-protocol next to the route's real one.
            { "/ws/bearer", new Offer { Name = "bearer sub-protocol", Protocols = new[] { "bearer." + Token, "viper" } }, "echo:hi|viper" },
            { "/ws/apikey", Header("X-API-Key", Key, "api key header"), "echo:hi|none" },
            { "/ws/apikey?api_key=" + Key, new Offer { Name = "api key query" }, "echo:hi|none" },
        };

        [Theory]
        [MemberData(nameof(Accepted))]
        public async Task TheRightCredentialsOpenTheSocket(string path, Offer offer, string echo)
        {
            using TestServer server = Start();
            using ClientWebSocket ws = Client(offer);
            await ws.ConnectAsync(server.Ws(path), CancellationToken.None);
            Assert.Equal(HttpStatusCode.SwitchingProtocols, ws.HttpStatusCode);
            Assert.Equal(echo.EndsWith("viper") ? "viper" : null, ws.SubProtocol);
            foreach (var header in ws.HttpResponseHeaders)
            {
                foreach (string value in header.Value) Assert.DoesNotContain(Token, value);
            }

            Assert.Equal(echo, await EchoOnce(ws));
            Assert.Equal(1, All);
        }

        public static TheoryData<string, Offer, int, string> Refused => new()
        {
            { "/ws/basic", null, 401, "Basic realm=\"viper-test\", charset=\"UTF-8\"" },
            { "/ws/basic", Header("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":nope")), "basic wrong"), 401, "Basic realm=\"viper-test\", charset=\"UTF-8\"" },
            { "/ws/bearer", null, 401, "Bearer realm=\"Viper.Nano\"" },
            { "/ws/bearer", Header("Authorization", "Bearer nope", "bearer wrong header"), 401, "Bearer realm=\"Viper.Nano\", error=\"invalid_token\"" },
            { "/ws/bearer?token=nope", new Offer { Name = "bearer wrong query" }, 401, "Bearer realm=\"Viper.Nano\", error=\"invalid_token\"" },
            { "/ws/bearer", new Offer { Name = "bearer wrong sub-protocol", Protocols = new[] { "viper", "bearer.nope" } }, 401, "Bearer realm=\"Viper.Nano\", error=\"invalid_token\"" },
            { "/ws/bearer", new Offer { Name = "real protocol only", Protocols = new[] { "viper" } }, 401, "Bearer realm=\"Viper.Nano\"" },
            { "/ws/apikey", null, 401, "ApiKey realm=\"Viper.Nano\", header=\"X-API-Key\"" },
            { "/ws/apikey", Header("X-API-Key", "k-wrong", "api key wrong"), 403, null },
            { "/ws/apikey?api_key=k-wrong", new Offer { Name = "api key wrong query" }, 403, null },
        };

        [Theory]
        [MemberData(nameof(Refused))]
        public async Task MissingOrWrongCredentialsRefuseTheUpgradeBeforeTheHandler(string path, Offer offer, int status, string challenge)
        {
            using TestServer server = Start();
            using ClientWebSocket ws = Client(offer);
            await Assert.ThrowsAsync<WebSocketException>(() => ws.ConnectAsync(server.Ws(path), CancellationToken.None));
            Assert.Equal(status, (int)ws.HttpStatusCode);
            string sent = ws.HttpResponseHeaders != null && ws.HttpResponseHeaders.TryGetValue("WWW-Authenticate", out var values)
                ? string.Join("|", values) : null;
            Assert.Equal(challenge, sent);
            Assert.Equal(0, All);
            Assert.Equal(1, server.Server.Stats.AuthFailures);
        }

        /// <summary>
        /// The decision for a client that offers only <c>bearer.TOKEN</c>: authenticated, but the
        /// 101 names no protocol, because the token is never echoed. RFC 6455 allows that answer
        /// (.NET and Python go on); clients that insist on one of their offered protocols
        /// (browsers, Node ws) fail the connection themselves, so they offer a real protocol next
        /// to the token.
        /// </summary>
        [Fact]
        public void OnlyATokenOfferedIsAuthenticatedButNeverEchoed()
        {
            using TestServer server = Start();
            string head = RawUpgrade(server, "/ws/bearer", "Sec-WebSocket-Protocol: bearer." + Token + "\r\n");
            Assert.StartsWith("HTTP/1.1 101 Switching Protocols\r\n", head);
            Assert.DoesNotContain("Sec-WebSocket-Protocol", head);
            Assert.DoesNotContain(Token, head);
            Assert.True(TestServer.WaitFor(() => Bearer == 1));
        }

        [Fact]
        public async Task DotNetGoesOnWithoutAProtocolWhenItOfferedOnlyTheToken()
        {
            using TestServer server = Start();
            using ClientWebSocket ws = Client(new Offer { Protocols = new[] { "bearer." + Token } });
            await ws.ConnectAsync(server.Ws("/ws/bearer"), CancellationToken.None);
            Assert.Null(ws.SubProtocol);
            Assert.Equal("echo:hi|none", await EchoOnce(ws));
        }

        /// <summary>Writes an upgrade request on a raw socket and returns the response head.</summary>
        internal static string RawUpgrade(TestServer server, string path, string extraHeaders)
        {
            using var client = server.Connect();
            var stream = client.GetStream();
            byte[] request = Encoding.ASCII.GetBytes("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" + extraHeaders + "\r\n");
            stream.Write(request, 0, request.Length);
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n") && stream.Read(one, 0, 1) == 1) head.Append((char)one[0]);
            return head.ToString();
        }

        private const string PythonScript = @"
import asyncio, json, sys, websockets

async def main(uri, auth):
    headers = {'Authorization': auth} if auth else {}
    try:
        async with websockets.connect(uri, extra_headers=headers) as ws:
            await ws.send('hi')
            print(json.dumps({'echo': await ws.recv()}))
    except websockets.exceptions.InvalidStatusCode as e:
        print(json.dumps({'status': e.status_code}))

asyncio.run(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ''))
";

        [SkippableTheory]
        [InlineData("Bearer " + Token, "{\"echo\": \"echo:hi|none\"}", 1)]
        [InlineData("Bearer nope", "{\"status\": 401}", 0)]
        [InlineData("", "{\"status\": 401}", 0)]
        public void PythonWebsocketsWithExtraHeaders(string authorization, string expected, int runs)
        {
            RealClients.NeedPythonWebsockets();
            using TestServer server = Start();
            RealClients.Result r = RealClients.RunPython(PythonScript, server.Ws("/ws/bearer") + " \"" + authorization + "\"", 30000);
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal(expected, r.Stdout.Trim());
            Assert.Equal(runs, Bearer);
        }

        // The optional third argument holds the request back for that many milliseconds after
        // the TCP connection is made: what a client process descheduled on a busy machine does.
        private const string NodeScript = @"
const net = require('net');
const WebSocket = require('ws');
const [url, protocols, stall] = process.argv.slice(2);
const createConnection = o => { const s = net.connect(o); if (stall) { s.cork(); setTimeout(() => s.uncork(), +stall); } return s; };
const ws = new WebSocket(url, protocols.split(','), { createConnection });
ws.on('open', () => ws.send('hi'));
ws.on('message', m => { console.log(JSON.stringify({ echo: m.toString(), protocol: ws.protocol })); ws.close(); });
ws.on('unexpected-response', (req, res) => { console.log(JSON.stringify({ status: res.statusCode })); process.exit(0); });
ws.on('error', e => { console.log(JSON.stringify({ error: e.message })); process.exit(0); });
";

        [SkippableTheory]
        [InlineData("viper,bearer." + Token, "{\"echo\":\"echo:hi|viper\",\"protocol\":\"viper\"}")]
        [InlineData("viper,bearer.nope", "{\"status\":401}")]
        [InlineData("bearer." + Token, "{\"error\":\"Server sent no subprotocol\"}")]
        public void NodeWsCarriesTheTokenAsASubprotocol(string protocols, string expected)
        {
            RealClients.NeedNodeWs();
            using TestServer server = Start();
            RealClients.Result r = RealClients.RunNode(NodeScript, server.Ws("/ws/bearer") + " " + protocols, 30000);
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal(expected, r.Stdout.Trim());
        }

        /// <summary>
        /// Why the test above failed now and then on a loaded machine: a client in another
        /// process may be descheduled between its TCP connect and its request, and the test
        /// server gave the first request head only 1 s (TestServer's HeadTimeoutMs), so it
        /// closed the silent connection and Node reported "socket hang up". TestServer now allows
        /// 10 s; this client holds its request back 1.5 s to prove it.
        /// </summary>
        [SkippableFact]
        public void NodeWsSlowToSendItsRequestIsStillServed()
        {
            RealClients.NeedNodeWs();
            using TestServer server = Start();
            RealClients.Result r = RealClients.RunNode(NodeScript, server.Ws("/ws/bearer") + " viper,bearer." + Token + " 1500", 30000);
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal("{\"echo\":\"echo:hi|viper\",\"protocol\":\"viper\"}", r.Stdout.Trim());
        }
    }
}
