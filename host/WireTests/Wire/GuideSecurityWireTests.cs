using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Viper.Nano.Samples.WebSocketGuide;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// The guide's protected routes (samples/WebSocketGuide/SecureRoutes.cs), driven exactly as
    /// its README shows: curl for Basic auth, the API key and CORS; ClientWebSocket with ?token=.
    /// </summary>
    [Collection(GuideCollection.Name)]
    public class GuideSecurityWireTests
    {
        private readonly GuideServer server;

        public GuideSecurityWireTests(GuideServer server) => this.server = server;

        private static string Curl(string arguments)
        {
            RealClients.Result result = RealClients.Run("curl", "-sS --max-time 10 " + arguments, 20000);
            Assert.False(result.TimedOut, result.ToString());
            Assert.Equal(0, result.ExitCode);
            return result.Stdout;
        }

        private string Url(string path) => server.Http(path).ToString();

        [SkippableFact]
        public void BasicAuthWithCurl()
        {
            RealClients.NeedCurl();
            Assert.Equal("hello, admin", Curl("-u admin:change-me " + Url("/secure/basic")));
            string refused = Curl("-i " + Url("/secure/basic"));
            Assert.StartsWith("HTTP/1.1 401", refused);
            Assert.Contains("WWW-Authenticate: Basic realm=\"WebSocketGuide\"", refused);
            Assert.StartsWith("HTTP/1.1 401", Curl("-i -u admin:wrong " + Url("/secure/basic")));
        }

        [SkippableFact]
        public void ApiKeyWithCurl()
        {
            RealClients.NeedCurl();
            Assert.Equal("{\"status\":\"ok\"}", Curl("-H \"X-API-Key: k3y-0123456789\" " + Url("/secure/key")));
            Assert.Equal("{\"status\":\"ok\"}", Curl("\"" + Url("/secure/key?api_key=k3y-0123456789") + "\""));
            Assert.StartsWith("HTTP/1.1 401", Curl("-i " + Url("/secure/key")));
            Assert.StartsWith("HTTP/1.1 403", Curl("-i -H \"X-API-Key: nope\" " + Url("/secure/key")));
        }

        [SkippableFact]
        public void CorsForTheOneWebAppOrigin()
        {
            RealClients.NeedCurl();
            string allowed = Curl("-i -H \"Origin: http://localhost:3000\" -H \"X-API-Key: k3y-0123456789\" " + Url("/secure/key"));
            Assert.Contains("Access-Control-Allow-Origin: http://localhost:3000\r\n", allowed);
            string preflight = Curl("-i -X OPTIONS -H \"Origin: http://localhost:3000\" -H \"Access-Control-Request-Method: GET\" "
                + "-H \"Access-Control-Request-Headers: X-API-Key\" " + Url("/secure/key"));
            Assert.StartsWith("HTTP/1.1 204", preflight);
            Assert.Contains("Access-Control-Allow-Headers: Content-Type, Authorization, X-API-Key", preflight);
            string other = Curl("-i -X OPTIONS -H \"Origin: http://evil.example\" -H \"Access-Control-Request-Method: GET\" " + Url("/secure/key"));
            Assert.StartsWith("HTTP/1.1 403", other);
            Assert.DoesNotContain("Access-Control-Allow-Origin", other);
        }

        [Fact]
        public async Task WebSocketWithABearerTokenInTheQuery()
        {
            using (var ws = new ClientWebSocket())
            {
                await ws.ConnectAsync(server.Ws("/ws/secure?token=" + SecureRoutes.Token), CancellationToken.None);
                await GuideWebSocketTests.SendText(ws, "hi");
                Assert.Equal("secure:hi", await GuideWebSocketTests.ReceiveText(ws));
                await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            }

            using (var refused = new ClientWebSocket())
            {
                refused.Options.CollectHttpResponseDetails = true;
                await Assert.ThrowsAsync<WebSocketException>(() => refused.ConnectAsync(server.Ws("/ws/secure?token=wrong"), CancellationToken.None));
                Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.HttpStatusCode);
            }
        }
    }
}
