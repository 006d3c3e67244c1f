using System;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Security;
using Viper.Nano.Server;
using Viper.Nano.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static Viper.Nano.FuzzTests.FuzzRun;

namespace Viper.Nano.FuzzTests
{
    /// <summary>Routes for the connection fuzzer: plain, with a body, with a parameter, throwing, and behind a token.</summary>
    public static class FuzzRoutes
    {
        [HttpGet("/hello")]
        public static void Hello(HttpContext context) => context.Response.WriteText("hello");

        [HttpPost("/echo")]
        [HttpPut("/echo")]
        public static void Echo(HttpContext context)
        {
            HttpRequest r = context.Request;
            context.Response.WriteBytes(r.Body, r.BodyOffset, r.BodyLength, null);
        }

        [HttpGet("/items/{id}")]
        public static void Item(HttpContext context) => context.Response.WriteText("item " + context.Request.GetRouteParam("id") + " " + context.Request.GetQuery("a"));

        [HttpGet("/throw")]
        public static void Throw(HttpContext context) => throw new InvalidOperationException("boom");

        [HttpGet("/bearer")]
        [BearerAuth]
        public static void Secure(HttpContext context) => context.Response.WriteText("secret");
    }

    /// <summary>
    /// The whole connection loop (parser, body reader, router, auth and CORS guard, handlers,
    /// response writer) over an in-memory transport: mutated request streams, some pipelined,
    /// arrive whole and in random segments (one in four byte by byte). Serving never throws and
    /// always ends, and the bytes the server answers are the same however the input was cut.
    /// </summary>
    [Collection(FuzzCollection.Name)]
    public class HttpConnectionFuzzTests : IDisposable
    {
        private readonly ITestOutputHelper output;
        private readonly ViperServer server;
        private readonly ConnectionSlot slot;
        private readonly HttpConnection connection;

        public HttpConnectionFuzzTests(ITestOutputHelper output)
        {
            this.output = output;
            var options = new ServerOptions
            {
                Port = 0,
                MaxConnections = 1,
                ReceiveBufferSize = 256,
                MaxRequestHeadSize = 256, // the head is parsed in the receive buffer
                MaxUriLength = 256,
                SendBufferSize = 256,
                MaxBodySize = 600,
                LingerMs = 0,
                SendDateHeader = false, // the clock is not part of the input
                RatePerSecond = 0,      // nor is the time between requests
                CorsAllowedOrigins = "http://a.example",
            };
            options.Credentials.AddBearerToken("mF_9.B5f-4.1JqM");
            server = new ViperServer(options);
            server.AddRoutes(typeof(FuzzRoutes));
            server.Start(); // reads the routes' auth attributes; its own slots stay idle
            slot = new ConnectionSlot(0, options.ReceiveBufferSize, options.SendBufferSize);
            connection = new HttpConnection(server, slot, server.Routes.MaxParams);
        }

        public void Dispose() => server.Stop();

        [Fact]
        public void MutatedRequestStreamsGetTheSameAnswersHoweverTheyAreCut()
        {
            // Each input runs the whole server path twice: a fifth of the codec budget.
            Assert.True(Run("HttpConnection", HttpSeeds.Requests(), Feed, output, Inputs / 5) > 0);
            ServerStats s = server.Stats;
            output.WriteLine("answers: " + s.Responses1xx + " 1xx, " + s.Responses2xx + " 2xx, " + s.Responses4xx + " 4xx, "
                + s.Responses5xx + " 5xx; " + s.AuthFailures + " auth failures, " + s.HandlerErrors + " handler errors");
            Assert.True(s.Responses2xx > 0 && s.Responses4xx > 0, "the inputs reach handlers and refusals alike");
        }

        private void Feed(byte[] input, Mutator mutator)
        {
            string whole = Serve(input, new[] { input.Length });
            string split = Serve(input, mutator.Splits(input.Length));
            Check(whole == split, "whole answered\n" + whole + "\nbut split answered\n" + split);
            Check(whole.Length == 0 || whole.StartsWith("HTTP/1.1 "), "not an HTTP response: " + whole);
        }

        private string Serve(byte[] input, int[] cuts)
        {
            var transport = new MemoryTransport();
            int from = 0;
            foreach (int cut in cuts)
            {
                transport.Add(input.AsSpan(from, cut - from).ToArray());
                from = cut;
            }

            connection.Serve(transport);
            return System.Text.Encoding.Latin1.GetString(transport.Sent);
        }
    }
}
