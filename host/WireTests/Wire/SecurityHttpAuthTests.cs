using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Viper.Nano.Security;
using Xunit;
using static Viper.Nano.WireTests.Wire.SecurityTestRoutes;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>The tests that share the handler counters of <see cref="SecurityTestRoutes"/> run one at a time.</summary>
    [CollectionDefinition(Name)]
    public sealed class SecurityCollection
    {
        public const string Name = "Security";
    }

    /// <summary>
    /// Basic, bearer and API-key routes over loopback with HttpClient and curl: the right
    /// credentials pass; missing or wrong ones get 401 (with the scheme's WWW-Authenticate) or
    /// 403, and the handler never runs.
    /// </summary>
    [Collection(SecurityCollection.Name)]
    public class SecurityHttpAuthTests
    {
        private static readonly string BasicValue = Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + Password));
        private const string BasicChallenge = "Basic realm=\"viper-test\", charset=\"UTF-8\"";
        private const string BearerChallenge = "Bearer realm=\"Viper.Nano\"";
        private const string BearerInvalid = "Bearer realm=\"Viper.Nano\", error=\"invalid_token\"";
        private const string ApiKeyChallenge = "ApiKey realm=\"Viper.Nano\", header=\"X-API-Key\"";

        private static async Task<HttpResponseMessage> Get(TestServer server, string path, string header = null, string value = null)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var request = new HttpRequestMessage(HttpMethod.Get, server.Url(path));
            if (header != null) request.Headers.TryAddWithoutValidation(header, value);
            return await http.SendAsync(request);
        }

        private static string Challenge(HttpResponseMessage response) =>
            response.Headers.TryGetValues("WWW-Authenticate", out var values) ? string.Join("|", values) : null;

        public static TheoryData<string, string, string, string, string> Accepted => new()
        {
            { "/basic", "Authorization", "Basic " + BasicValue, null, "basic ok" },
            { "/basic", "Authorization", "basic   " + BasicValue + " ", null, "basic ok" }, // the scheme ignores case (RFC 9110 11.1)
            { "/bearer", "Authorization", "Bearer " + Token, null, "bearer ok" },
            { "/bearer", null, null, "?token=" + Token, "bearer ok" },
            { "/apikey", "X-API-Key", Key, null, "apikey ok" },
            { "/apikey", null, null, "?api_key=" + Key, "apikey ok" },
            { "/board/status", "X-Board-Key", Key, null, "status" },        // the class's [ApiKey("X-Board-Key", "")]
            { "/board/admin", "Authorization", "Basic " + BasicValue, null, "admin" }, // the method's [BasicAuth] wins
        };

        [Theory]
        [MemberData(nameof(Accepted))]
        public async Task TheRightCredentialsReachTheHandler(string path, string header, string value, string query, string body)
        {
            using TestServer server = Start();
            using HttpResponseMessage response = await Get(server, path + query, header, value);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(body, await response.Content.ReadAsStringAsync());
            Assert.Equal(1, All);
            Assert.Equal(0, server.Server.Stats.AuthFailures);
        }

        public static TheoryData<string, string, string, int, string> Refused => new()
        {
            // Basic: missing, wrong password, unknown user, another scheme, broken base64, no colon.
            { "/basic", null, null, 401, BasicChallenge },
            { "/basic", "Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":wrong")), 401, BasicChallenge },
            { "/basic", "Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("root:" + Password)), 401, BasicChallenge },
            { "/basic", "Authorization", "Bearer " + Token, 401, BasicChallenge },
            { "/basic", "Authorization", "Basic !!not-base64!!", 401, BasicChallenge },
            { "/basic", "Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(User)), 401, BasicChallenge },
            { "/basic", "Authorization", "Basic " + Convert.ToBase64String(new byte[] { 0x61, 0x3a, 0xff, 0xfe }), 401, BasicChallenge },
            { "/basic", "Authorization", "Basic", 401, BasicChallenge },
            // Bearer: missing (no error code, RFC 6750 3.1), wrong, a prefix of the right one, another scheme.
            { "/bearer", null, null, 401, BearerChallenge },
            { "/bearer", "Authorization", "Bearer wrong-token", 401, BearerInvalid },
            { "/bearer", "Authorization", "Bearer " + Token.Substring(0, Token.Length - 1), 401, BearerInvalid },
            { "/bearer", "Authorization", "Bearer " + Token + "x", 401, BearerInvalid },
            { "/bearer", "Authorization", "Basic " + BasicValue, 401, BearerChallenge },
            // API key: missing 401, wrong 403 (no challenge: the client did authenticate, and is refused).
            { "/apikey", null, null, 401, ApiKeyChallenge },
            { "/apikey", "X-API-Key", "", 401, ApiKeyChallenge },
            { "/apikey", "X-API-Key", "k-wrong", 403, null },
            { "/apikey", "Authorization", "Bearer " + Key, 401, ApiKeyChallenge },
            // The class's key is read from X-Board-Key only; the method's Basic ignores keys.
            { "/board/status", "X-API-Key", Key, 401, "ApiKey realm=\"Viper.Nano\", header=\"X-Board-Key\"" },
            { "/board/status?api_key=" + Key, null, null, 401, "ApiKey realm=\"Viper.Nano\", header=\"X-Board-Key\"" },
            { "/board/admin", "X-Board-Key", Key, 401, "Basic realm=\"board\", charset=\"UTF-8\"" },
        };

        [Theory]
        [MemberData(nameof(Refused))]
        public async Task MissingOrWrongCredentialsNeverReachTheHandler(string path, string header, string value, int status, string challenge)
        {
            using TestServer server = Start();
            using HttpResponseMessage response = await Get(server, path, header, value);
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal(challenge, Challenge(response));
            string body = await response.Content.ReadAsStringAsync();
            if (value != null && value.Length > 8) Assert.DoesNotContain(value.Substring(value.IndexOf(' ') + 1), body);
            Assert.Equal(0, All);
            Assert.Equal(1, server.Server.Stats.AuthFailures);
        }

        [Theory]
        [InlineData("?token=wrong", 401, BearerInvalid)]
        [InlineData("?token=", 401, BearerChallenge)]
        [InlineData("?api_key=k-wrong", 403, null)]
        public async Task WrongQueryCredentialsAreRefusedToo(string query, int status, string challenge)
        {
            using TestServer server = Start();
            string path = query.StartsWith("?token") ? "/bearer" : "/apikey";
            using HttpResponseMessage response = await Get(server, path + query);
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal(challenge, Challenge(response));
            Assert.Equal(0, All);
        }

        [Fact]
        public async Task ARefusalKeepsTheConnectionForTheNextRequest()
        {
            using TestServer server = Start();
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(server.Url("/bearer"))).StatusCode);
            var request = new HttpRequestMessage(HttpMethod.Get, server.Url("/bearer"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            Assert.Equal("bearer ok", await (await http.SendAsync(request)).Content.ReadAsStringAsync());
            Assert.Equal(1, server.Server.Stats.ConnectionsAccepted);
        }

        [Fact]
        public async Task CredentialsLoadedFromConfigurationTextWork()
        {
            using TestServer server = Start(o =>
            {
                o.Credentials = new Credentials();
                Assert.Equal(2, o.Credentials.Load("# board secrets\nbasic=ops:from file\r\nbearer=file-token\n"));
            });
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:from file"));
            Assert.Equal(HttpStatusCode.OK, (await Get(server, "/basic", "Authorization", "Basic " + basic)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await Get(server, "/bearer?token=file-token")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Get(server, "/bearer?token=" + Token)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Get(server, "/apikey", "X-API-Key", Key)).StatusCode); // no key configured: every key is wrong
            Assert.Equal(2, All);
            Assert.DoesNotContain("file", server.Options.Credentials.ToString());
        }

        [SkippableFact]
        public void CurlWithUserAndPasswordPassesBasic()
        {
            RealClients.NeedCurl();
            using TestServer server = Start();
            var ok = RealClients.Run("curl", "-s -i -u \"" + User + ":" + Password + "\" " + server.Url("/basic"), 15000);
            Assert.Contains("HTTP/1.1 200 OK", ok.Stdout);
            Assert.EndsWith("basic ok", ok.Stdout);
            var wrong = RealClients.Run("curl", "-s -i -u \"" + User + ":nope\" " + server.Url("/basic"), 15000);
            Assert.Contains("HTTP/1.1 401 Unauthorized", wrong.Stdout);
            Assert.Contains("WWW-Authenticate: " + BasicChallenge, wrong.Stdout);
            // --anyauth sends nothing first, reads the challenge, then answers it with Basic.
            var any = RealClients.Run("curl", "-s -i --anyauth -u \"" + User + ":" + Password + "\" " + server.Url("/basic"), 15000);
            Assert.Contains("HTTP/1.1 200 OK", any.Stdout);
            Assert.Equal(2, Basic);
        }

        [Fact]
        public async Task AnEventStreamTakesItsTokenFromTheQueryOrTheHeader()
        {
            using TestServer server = Start();
            using (HttpResponseMessage refused = await Get(server, "/events/bearer"))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
                Assert.Equal(BearerChallenge, Challenge(refused));
            }

            Assert.Equal(HttpStatusCode.Unauthorized, (await Get(server, "/events/bearer?token=nope")).StatusCode);
            Assert.Equal(0, Events);

            // EventSource cannot set headers: the query carries the token.
            Assert.Equal("secret reading", await FirstEvent(server, "/events/bearer?token=" + Token, null));
            Assert.Equal("secret reading", await FirstEvent(server, "/events/bearer", "Bearer " + Token));
            Assert.Equal(2, Events);
        }

        private static async Task<string> FirstEvent(TestServer server, string path, string authorization)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var request = new HttpRequestMessage(HttpMethod.Get, server.Url(path));
            if (authorization != null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType.MediaType);
            var parser = SseParser.Create(await response.Content.ReadAsStreamAsync());
            using var cts = new CancellationTokenSource(5000);
            await foreach (SseItem<string> item in parser.EnumerateAsync(cts.Token))
            {
                if (item.EventType == "tick") return item.Data;
            }

            return null;
        }
    }
}
