using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>curl against the server: another independent HTTP/1.1 client, with its own habits (Expect: 100-continue, HTTP/1.0 mode).</summary>
    public class HttpCurlTests
    {
        private static RealClients.Result Curl(string arguments)
        {
            RealClients.Result result = RealClients.Run("curl", "-sS --max-time 10 " + arguments, 20000);
            Assert.False(result.TimedOut, result.ToString());
            return result;
        }

        // Runs curl with the body in a temporary file (curl's --data-binary @file).
        private static RealClients.Result CurlWithBody(string body, string arguments)
        {
            string file = Path.GetTempFileName();
            try
            {
                File.WriteAllText(file, body);
                return Curl(arguments.Replace("@BODY", "@" + file));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [SkippableFact]
        public void GetHeadAndStatusCodes()
        {
            RealClients.NeedCurl();
            using var server = new TestServer();
            Assert.Equal("hello", Curl(server.Url("/hello")).Stdout);
            string head = Curl("-I " + server.Url("/big")).Stdout;
            Assert.StartsWith("HTTP/1.1 200 OK", head);
            Assert.Contains("Content-Length: 10000", head);
            Assert.Equal("404", Curl("-o /dev/null -w %{http_code} " + server.Url("/missing")).Stdout);
            Assert.Equal("405", Curl("-o /dev/null -w %{http_code} -X DELETE " + server.Url("/hello")).Stdout);
            Assert.Equal("500", Curl("-o /dev/null -w %{http_code} " + server.Url("/throw")).Stdout);
            Assert.Equal("hello", Curl(server.Url("/hello")).Stdout);
        }

        [SkippableFact]
        public void ReusesTheConnectionForSeveralUrls()
        {
            RealClients.NeedCurl();
            using var server = new TestServer();
            RealClients.Result result = Curl("-v " + server.Url("/hello") + " " + server.Url("/api/sensors/9") + " " + server.Url("/json"));
            Assert.Equal("hellosensor 9{\"Name\":\"t1\",\"Value\":42}", result.Stdout);
            Assert.Contains("Re-using existing connection", result.Stderr);
            Assert.Equal(1, server.Server.Stats.ConnectionsAccepted);
        }

        [SkippableFact]
        public void PostWithExpectContinueGets100AndIsEchoed()
        {
            RealClients.NeedCurl();
            using var server = new TestServer();
            string body = string.Concat(Enumerable.Range(0, 300).Select(i => "line" + i + "\n"));
            RealClients.Result result = CurlWithBody(body, "-v -H \"Expect: 100-continue\" -H \"Content-Type: text/plain\" --data-binary @BODY " + server.Url("/echo"));
            Assert.Equal(body, result.Stdout);
            Assert.Contains("100 Continue", result.Stderr);
            Assert.Equal(1, server.Server.Stats.Responses1xx);
        }

        [SkippableFact]
        public void ChunkedUploadIsDecoded()
        {
            RealClients.NeedCurl();
            using var server = new TestServer();
            string body = new string('z', 1800) + "end";
            RealClients.Result result = CurlWithBody(body, "-H \"Transfer-Encoding: chunked\" -H \"Content-Type: text/plain\" --data-binary @BODY " + server.Url("/echo"));
            Assert.Equal(body, result.Stdout);
        }

        [SkippableFact]
        public void Http10ClientGetsItsAnswer()
        {
            RealClients.NeedCurl();
            using var server = new TestServer();
            RealClients.Result result = Curl("--http1.0 -i " + server.Url("/stream"));
            Assert.StartsWith("HTTP/1.1 200 OK", result.Stdout);
            Assert.EndsWith("part0;part1;part2;", result.Stdout);
        }

        [SkippableFact]
        public void OversizedBodyIs413()
        {
            RealClients.NeedCurl();
            using var server = new TestServer();
            RealClients.Result result = CurlWithBody(new string('x', 5000), "-o /dev/null -w %{http_code} --data-binary @BODY " + server.Url("/echo"));
            Assert.Equal("413", result.Stdout);
        }
    }
}
