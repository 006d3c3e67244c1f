using System;
using System.Text;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Malformed and hostile requests over raw sockets: each gets its status code, then the
    /// connection closes, and the slot is free again.
    /// </summary>
    public class HttpBadInputTests
    {
        private const string H = "Host: x\r\n";

        [Theory]
        [InlineData("GET /hello HTTP/1.1\r\n" + H + "\r\n", "200")]
        [InlineData("GET /hello HTTP/1.0\r\n\r\n", "200")]
        [InlineData("get /hello HTTP/1.1\r\n" + H + "\r\n", "501")]
        [InlineData("GET  /hello HTTP/1.1\r\n" + H + "\r\n", "400")]
        [InlineData("GET /hello\r\n" + H + "\r\n", "400")]
        [InlineData("GET /hello HTTP/1.1 \r\n" + H + "\r\n", "400")]
        [InlineData("GET /hello http/1.1\r\n" + H + "\r\n", "400")]
        [InlineData("GET /hel\u0001lo HTTP/1.1\r\n" + H + "\r\n", "400")]
        [InlineData("GET /hello HTTP/2.0\r\n" + H + "\r\n", "505")]
        [InlineData("GET /hello HTTP/0.9\r\n" + H + "\r\n", "505")]
        [InlineData("GET /hello HTTP/1.1\r\n\r\n", "400")]
        [InlineData("GET /hello HTTP/1.1\r\n" + H + H + "\r\n", "400")]
        [InlineData("GET /hello HTTP/1.1\r\nHost : x\r\n\r\n", "400")]
        [InlineData("GET /hello HTTP/1.1\r\n" + H + "X-A: 1\r\n  folded\r\n\r\n", "400")]
        [InlineData("GET /hello HTTP/1.1\n" + H + "\n", "400")]
        [InlineData("GET /hello HTTP/1.1\r\n" + H + "X-A: a\rb\r\n\r\n", "400")]
        [InlineData("GET /hello HTTP/1.1\r\n" + H + "X-A: a\0b\r\n\r\n", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Content-Length: 3, 4\r\n\r\nabcd", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Content-Length: -3\r\n\r\nabc", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Content-Length: 0x3\r\n\r\nabc", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc", "200")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Content-Length: 99999\r\n\r\n", "413")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Content-Length: 99999999999999999999\r\n\r\n", "413")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", "501")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Transfer-Encoding: gzip\r\n\r\nabc", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Transfer-Encoding: chunked, gzip\r\n\r\n", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", "400")]
        [InlineData("POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Transfer-Encoding: chunked\r\n\r\nz\r\n", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Transfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", "400")]
        [InlineData("POST /echo HTTP/1.1\r\n" + H + "Transfer-Encoding: chunked\r\n\r\n1001\r\n", "413")]
        [InlineData("GET /hello HTTP/1.1\r\n" + H + "Expect: something\r\n\r\n", "417")]
        [InlineData("BREW /hello HTTP/1.1\r\n" + H + "\r\n", "501")]
        [InlineData("CONNECT x:443 HTTP/1.1\r\n" + H + "\r\n", "501")]
        [InlineData("GET * HTTP/1.1\r\n" + H + "\r\n", "400")]
        [InlineData("GET /a#frag HTTP/1.1\r\n" + H + "\r\n", "400")]
        [InlineData("GET hello HTTP/1.1\r\n" + H + "\r\n", "400")]
        public void StatusFor(string request, string status)
        {
            using var server = new TestServer();
            string response = server.Exchange(request);
            Assert.StartsWith("HTTP/1.1 " + status + " ", response);
            Assert.True(TestServer.WaitFor(() => server.Server.Stats.ConnectionsCurrent == 0), "slot freed");
        }

        [Fact]
        public void TooLongTargetIs414()
        {
            using var server = new TestServer();
            string response = server.Exchange("GET /" + new string('a', 600) + " HTTP/1.1\r\n" + H + "\r\n");
            Assert.StartsWith("HTTP/1.1 414 ", response);
            Assert.Contains("Connection: close", response);
        }

        [Fact]
        public void EndlessTargetIs414BeforeTheBufferFills()
        {
            using var server = new TestServer();
            using var client = server.Connect();
            var stream = client.GetStream();
            byte[] part = Encoding.ASCII.GetBytes("GET /" + new string('a', 700));
            stream.Write(part, 0, part.Length);
            Assert.StartsWith("HTTP/1.1 414 ", TestServer.ReadToClose(stream));
        }

        [Fact]
        public void OversizedHeadIs431()
        {
            using var server = new TestServer();
            string response = server.Exchange("GET /hello HTTP/1.1\r\n" + H + "X-Big: " + new string('b', 1100) + "\r\n\r\n");
            Assert.StartsWith("HTTP/1.1 431 ", response);
        }

        [Fact]
        public void TooManyHeaderFieldsIs431()
        {
            using var server = new TestServer();
            var sb = new StringBuilder("GET /hello HTTP/1.1\r\n" + H);
            for (int i = 0; i < 30; i++) sb.Append("X-").Append(i).Append(": 1\r\n");
            string response = server.Exchange(sb.Append("\r\n").ToString());
            Assert.StartsWith("HTTP/1.1 431 ", response);
        }

        // A smuggling attempt: the second request hidden in a body that a CL-first parser would
        // skip and a TE-first parser would run. We refuse the message and close; the hidden
        // request is never served.
        [Fact]
        public void ContentLengthWithTransferEncodingNeverRunsTheHiddenRequest()
        {
            using var server = new TestServer();
            string hidden = "GET /hello HTTP/1.1\r\n" + H + "\r\n";
            string request = "POST /echo HTTP/1.1\r\n" + H + "Content-Length: " + (5 + hidden.Length) + "\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + hidden;
            string response = server.Exchange(request);
            Assert.StartsWith("HTTP/1.1 400 ", response);
            Assert.DoesNotContain("hello", response);
            Assert.Equal(1, CountOf(response, "HTTP/1.1 "));
        }

        [Fact]
        public void ErrorResponsesCloseTheConnectionAndSayWhy()
        {
            using var server = new TestServer();
            string response = server.Exchange("GET /hello HTTP/1.1\r\nHost : x\r\n\r\n");
            Assert.Contains("Connection: close\r\n", response);
            Assert.EndsWith("Bad Request: whitespace before colon\n", response);
        }

        private static int CountOf(string text, string part)
        {
            int n = 0;
            for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
            return n;
        }
    }
}
