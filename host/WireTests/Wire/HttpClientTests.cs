using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>.NET's HttpClient against the server over loopback.</summary>
    public class HttpClientTests
    {
        private static HttpClient NewClient() => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };

        [Fact]
        public async Task GetReturnsTheHandlersText()
        {
            using var server = new TestServer();
            using var client = NewClient();
            HttpResponseMessage response = await client.GetAsync(server.Url("/hello"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("hello", await response.Content.ReadAsStringAsync());
            Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType.ToString());
            Assert.Equal(5, response.Content.Headers.ContentLength);
        }

        [Fact]
        public async Task KeepAliveServesManyRequestsOnOneConnection()
        {
            using var server = new TestServer();
            using var client = NewClient();
            for (int i = 0; i < 20; i++)
            {
                Assert.Equal("hello", await client.GetStringAsync(server.Url("/hello")));
            }

            Assert.Equal(1, server.Server.Stats.ConnectionsAccepted);
            Assert.Equal(20, server.Server.Stats.Requests);
        }

        [Fact]
        public async Task PostBodyIsEchoed()
        {
            using var server = new TestServer();
            using var client = NewClient();
            var content = new StringContent("{\"a\":1}", Encoding.UTF8, "application/json");
            HttpResponseMessage response = await client.PostAsync(server.Url("/echo"), content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("{\"a\":1}", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task LargePostBodyBeyondTheReceiveBufferIsEchoed()
        {
            using var server = new TestServer();
            using var client = NewClient();
            byte[] body = Enumerable.Range(0, 3000).Select(i => (byte)(i * 7)).ToArray();
            var response = await client.PutAsync(server.Url("/echo"), new ByteArrayContent(body));
            Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task ChunkedUploadIsDecoded()
        {
            using var server = new TestServer();
            using var client = NewClient();
            byte[] body = Enumerable.Range(0, 2500).Select(i => (byte)('a' + i % 26)).ToArray();
            var content = new StreamContent(new System.IO.MemoryStream(body));
            var request = new HttpRequestMessage(HttpMethod.Post, server.Url("/echo")) { Content = content };
            request.Headers.TransferEncodingChunked = true;
            HttpResponseMessage response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
        }

        [Fact]
        public async Task UnknownPathIs404AndWrongMethodIs405WithAllow()
        {
            using var server = new TestServer();
            using var client = NewClient();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(server.Url("/nothing"))).StatusCode);
            HttpResponseMessage response = await client.PostAsync(server.Url("/hello"), new StringContent("x"));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal(new[] { "GET", "HEAD", "OPTIONS" }, response.Content.Headers.Allow.ToArray());
        }

        [Fact]
        public async Task HandlerExceptionIs500AndTheServerKeepsServing()
        {
            using var server = new TestServer();
            using var client = NewClient();
            Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync(server.Url("/throw"))).StatusCode);
            Assert.Equal("hello", await client.GetStringAsync(server.Url("/hello")));
            Assert.Equal(1, server.Server.Stats.HandlerErrors);
            Assert.Equal(1, server.Server.Stats.Responses5xx);
        }

        [Fact]
        public async Task RouteAndQueryParametersAreDecoded()
        {
            using var server = new TestServer();
            using var client = NewClient();
            Assert.Equal("sensor t%201", await client.GetStringAsync(server.Url("/api/sensors/t%25201")));
            Assert.Equal("sensor x y", await client.GetStringAsync(server.Url("/api/sensors/x%20y")));
            Assert.Equal("stats", await client.GetStringAsync(server.Url("/api/sensors/stats")));
            Assert.Equal("a=1 2;b=\u00e9", await client.GetStringAsync(server.Url("/query?a=1+2&b=%C3%A9")));
        }

        [Fact]
        public async Task JsonRoundTripsThroughTheShim()
        {
            using var server = new TestServer();
            using var client = NewClient();
            HttpResponseMessage get = await client.GetAsync(server.Url("/json"));
            Assert.Equal("application/json", get.Content.Headers.ContentType.MediaType);
            Assert.Equal("{\"Name\":\"t1\",\"Value\":42}", await get.Content.ReadAsStringAsync());
            var post = await client.PostAsync(server.Url("/json"), new StringContent("{\"Name\":\"t2\",\"Value\":21}", Encoding.UTF8, "application/json"));
            string json = await post.Content.ReadAsStringAsync();
            Assert.Contains("\"doubled\":42", json);
            Assert.Contains("\"name\":\"t2\"", json);
        }

        [Fact]
        public async Task RedirectIsFollowed()
        {
            using var server = new TestServer();
            using var client = NewClient();
            HttpResponseMessage response = await client.GetAsync(server.Url("/redirect"));
            Assert.Equal("hello", await response.Content.ReadAsStringAsync());
            Assert.EndsWith("/hello", response.RequestMessage.RequestUri.AbsolutePath);
        }

        [Fact]
        public async Task ContentLargerThanTheSendBufferIsStreamed()
        {
            using var server = new TestServer();
            using var client = NewClient();
            byte[] body = await client.GetByteArrayAsync(server.Url("/big"));
            Assert.Equal(10000, body.Length);
            for (int i = 0; i < body.Length; i++) Assert.Equal(PatternContent.At(i), body[i]);
            Assert.Equal(new string('\u00e9', 1500) + "\U0001F600", await client.GetStringAsync(server.Url("/unicode")));
        }

        [Fact]
        public async Task ChunkedResponseIsReadAndHeadHasNoBody()
        {
            using var server = new TestServer();
            using var client = NewClient();
            HttpResponseMessage stream = await client.GetAsync(server.Url("/stream"));
            Assert.True(stream.Headers.TransferEncodingChunked);
            Assert.Equal("part0;part1;part2;", await stream.Content.ReadAsStringAsync());
            HttpResponseMessage head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, server.Url("/big")));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(10000, head.Content.Headers.ContentLength);
            Assert.Equal("hello", await client.GetStringAsync(server.Url("/hello")));
        }

        [Fact]
        public async Task OptionsListsTheAllowedMethods()
        {
            using var server = new TestServer();
            using var client = NewClient();
            HttpResponseMessage response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, server.Url("/api/sensors/3")));
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal(new[] { "GET", "HEAD", "DELETE", "OPTIONS" }, response.Content.Headers.Allow.ToArray());
        }
    }
}
