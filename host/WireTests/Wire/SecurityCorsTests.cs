using System;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using static Viper.Nano.WireTests.Wire.SecurityTestRoutes;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// CORS (the Fetch standard's protocol: preflights and Access-Control-Allow-Origin) and the
    /// WebSocket Origin allow-list (RFC 6455 section 10.2), over loopback with HttpClient,
    /// ClientWebSocket and Python websockets.
    /// </summary>
    [Collection(SecurityCollection.Name)]
    public class SecurityCorsTests
    {
        private const string Allowed = "http://allowed.example";
        private const string Other = "http://other.example";
        private const string Evil = "http://evil.example";

        private static TestServer StartCors(string origins = Allowed + ", " + Other) => Start(o => o.CorsAllowedOrigins = origins);

        private static async Task<HttpResponseMessage> Send(TestServer server, HttpMethod method, string path, params (string Name, string Value)[] headers)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var request = new HttpRequestMessage(method, server.Url(path));
            foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
            return await http.SendAsync(request);
        }

        private static Task<HttpResponseMessage> Preflight(TestServer server, string path, string origin) =>
            Send(server, HttpMethod.Options, path, ("Origin", origin), ("Access-Control-Request-Method", "GET"),
                ("Access-Control-Request-Headers", "authorization"));

        private static string Header(HttpResponseMessage r, string name) =>
            r.Headers.TryGetValues(name, out var v) ? string.Join(",", v) : null;

        [Fact]
        public async Task APreflightFromAnAllowedOriginIs204WithTheAllowHeaders()
        {
            using TestServer server = StartCors();
            // A protected route: preflights never carry credentials, and must not need them.
            using HttpResponseMessage r = await Preflight(server, "/basic", Other);
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
            Assert.Equal(Other, Header(r, "Access-Control-Allow-Origin"));
            Assert.Equal("Origin", Header(r, "Vary"));
            Assert.Equal(server.Options.CorsAllowedMethods, Header(r, "Access-Control-Allow-Methods"));
            Assert.Contains("Authorization", Header(r, "Access-Control-Allow-Headers"));
            Assert.Equal("600", Header(r, "Access-Control-Max-Age"));
            Assert.Equal(0, All);
            Assert.Equal(0, server.Server.Stats.AuthFailures);
        }

        [Theory]
        [InlineData(Evil)]
        [InlineData("http://allowed.example:8080")] // another port is another origin
        [InlineData("https://allowed.example")]
        [InlineData("null")]
        public async Task APreflightFromAnotherOriginIs403(string origin)
        {
            using TestServer server = StartCors();
            using HttpResponseMessage r = await Preflight(server, "/open", origin);
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            Assert.Null(Header(r, "Access-Control-Allow-Origin"));
            Assert.Equal(0, All);
        }

        [Fact]
        public async Task ASimpleGetFromAnAllowedOriginCarriesAllowOriginAndVary()
        {
            using TestServer server = StartCors();
            using HttpResponseMessage r = await Send(server, HttpMethod.Get, "/open", ("Origin", Allowed));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal(Allowed, Header(r, "Access-Control-Allow-Origin"));
            Assert.Equal("Origin", Header(r, "Vary"));
            Assert.Equal("open", await r.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task AGetFromAnotherOriginGetsNoAllowOriginSoTheBrowserWithholdsIt()
        {
            using TestServer server = StartCors();
            using HttpResponseMessage r = await Send(server, HttpMethod.Get, "/open", ("Origin", Evil));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Null(Header(r, "Access-Control-Allow-Origin"));
        }

        [Fact]
        public async Task AWildcardAllowsEveryOriginWithoutVary()
        {
            using TestServer server = StartCors("*");
            using HttpResponseMessage get = await Send(server, HttpMethod.Get, "/open", ("Origin", Evil));
            Assert.Equal("*", Header(get, "Access-Control-Allow-Origin"));
            Assert.Null(Header(get, "Vary"));
            using HttpResponseMessage pre = await Preflight(server, "/open", Evil);
            Assert.Equal(HttpStatusCode.NoContent, pre.StatusCode);
            Assert.Equal("*", Header(pre, "Access-Control-Allow-Origin"));
        }

        [Fact]
        public async Task ARefusalToAnAllowedOriginIsReadableByThePage()
        {
            using TestServer server = StartCors();
            using HttpResponseMessage r = await Send(server, HttpMethod.Get, "/bearer", ("Origin", Allowed));
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            Assert.Equal(Allowed, Header(r, "Access-Control-Allow-Origin"));
            Assert.NotNull(Header(r, "WWW-Authenticate"));
            Assert.Equal(0, All);
        }

        [Fact]
        public async Task WithCorsOffNoAllowHeaderIsEverSent()
        {
            using TestServer server = Start();
            using HttpResponseMessage pre = await Preflight(server, "/open", Allowed);
            Assert.Null(Header(pre, "Access-Control-Allow-Origin"));
            using HttpResponseMessage get = await Send(server, HttpMethod.Get, "/open", ("Origin", Allowed));
            Assert.Null(Header(get, "Access-Control-Allow-Origin"));
        }

        private static async Task<HttpStatusCode> OpenWithOrigin(TestServer server, string origin)
        {
            using var ws = new ClientWebSocket();
            ws.Options.CollectHttpResponseDetails = true;
            if (origin != null) ws.Options.SetRequestHeader("Origin", origin);
            try
            {
                await ws.ConnectAsync(server.Ws("/ws/open"), CancellationToken.None);
                await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The status says why.
            }

            return ws.HttpStatusCode;
        }

        [Theory]
        [InlineData(Evil, HttpStatusCode.Forbidden, 0)]
        [InlineData("http://allowed.example.evil.example", HttpStatusCode.Forbidden, 0)]
        [InlineData("null", HttpStatusCode.Forbidden, 0)]
        [InlineData(Allowed, HttpStatusCode.SwitchingProtocols, 1)]
        [InlineData("HTTP://Allowed.Example", HttpStatusCode.SwitchingProtocols, 1)] // origins compare ignoring case
        [InlineData(null, HttpStatusCode.SwitchingProtocols, 1)]                     // no Origin: not a browser
        public async Task TheWebSocketOriginAllowListIsEnforcedAtTheHandshake(string origin, HttpStatusCode expected, int runs)
        {
            using TestServer server = Start(o => o.AllowedOrigins = new[] { Allowed, "http://192.168.1.50" });
            Assert.Equal(expected, await OpenWithOrigin(server, origin));
            Assert.True(TestServer.WaitFor(() => Open == runs));
            Assert.Equal(runs, Open);
        }

        [SkippableFact]
        public void PythonWebsocketsFromARefusedOriginGets403()
        {
            RealClients.NeedPythonWebsockets();
            using TestServer server = Start(o => o.AllowedOrigins = new[] { Allowed });
            const string script = @"
import asyncio, sys, websockets
async def main(uri, origin):
    try:
        async with websockets.connect(uri, origin=origin) as ws:
            await ws.send('hi')
            print(await ws.recv())
    except websockets.exceptions.InvalidStatusCode as e:
        print(e.status_code)
asyncio.run(main(sys.argv[1], sys.argv[2]))
";
            RealClients.Result refused = RealClients.RunPython(script, server.Ws("/ws/open") + " " + Evil, 30000);
            Assert.Equal("403", refused.Stdout.Trim());
            RealClients.Result allowed = RealClients.RunPython(script, server.Ws("/ws/open") + " " + Allowed, 30000);
            Assert.Equal("echo:hi|none", allowed.Stdout.Trim());
            Assert.Equal(1, Open);
        }
    }
}
