using System;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Viper.Nano.HostTests.Wire
{
    /// <summary>SSE, stats and the OpenAPI document of the guide sample.</summary>
    [Collection(GuideCollection.Name)]
    public class GuideSseAndDocsTests
    {
        private readonly GuideServer server;

        public GuideSseAndDocsTests(GuideServer server) => this.server = server;

        [SkippableFact]
        public void CurlReceivesHeartbeatEvents()
        {
            RealClients.NeedCurl();
            var r = RealClients.Run("curl", "-sN -i --max-time 3 " + server.Http("/events"), 15000);
            Assert.Contains("HTTP/1.1 200", r.Stdout);
            Assert.Contains("Content-Type: text/event-stream", r.Stdout);
            Assert.Contains("Cache-Control: no-cache", r.Stdout);
            Assert.Contains("retry: ", r.Stdout);
            Assert.Matches(@"id: \d+\ndata: \{""heartbeat"":\d+\}\n\n", r.Stdout.Replace("\r", ""));
        }

        [Fact]
        public async Task AReconnectWithLastEventIdReceivesExactlyTheMissedEvents()
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
            long first = await FirstEventId(http, null);
            await Task.Delay(2500); // at least two heartbeats go by while "disconnected"
            using var request = new HttpRequestMessage(HttpMethod.Get, server.Http("/events"));
            request.Headers.Add("Last-Event-ID", first.ToString());
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var parser = SseParser.Create(await response.Content.ReadAsStreamAsync());
            using var cts = new CancellationTokenSource(5000);
            long expected = first + 1;
            int seen = 0;
            await foreach (var item in parser.EnumerateAsync(cts.Token))
            {
                if (!item.Data.Contains("heartbeat")) continue;
                long id = long.Parse(parser.LastEventId);
                Assert.True(id >= expected, "no event is replayed twice or out of order");
                if (++seen == 2) break;
                expected = id + 1;
            }

            Assert.Equal(2, seen);
        }

        private async Task<long> FirstEventId(HttpClient http, string lastId)
        {
            using var response = await http.GetAsync(server.Http("/events"), HttpCompletionOption.ResponseHeadersRead);
            var parser = SseParser.Create(await response.Content.ReadAsStreamAsync());
            using var cts = new CancellationTokenSource(5000);
            await foreach (var item in parser.EnumerateAsync(cts.Token))
            {
                if (item.Data.Contains("heartbeat")) return long.Parse(parser.LastEventId);
            }

            throw new InvalidOperationException("no heartbeat");
        }

        [Fact]
        public async Task OpenApiListsHttpSseAndWebSocketRoutes()
        {
            using var http = new HttpClient();
            using var doc = JsonDocument.Parse(await http.GetStringAsync(server.Http("/openapi.json")));
            var root = doc.RootElement;
            Assert.Equal("3.0.3", root.GetProperty("openapi").GetString());
            Assert.True(root.GetProperty("paths").GetProperty("/stats").TryGetProperty("get", out _));
            Assert.True(root.GetProperty("paths").GetProperty("/events").GetProperty("get").GetProperty("responses")
                .GetProperty("200").GetProperty("content").TryGetProperty("text/event-stream", out _));
            bool mqtt = false;
            foreach (var ws in root.GetProperty("x-websocket").EnumerateArray())
            {
                if (ws.GetProperty("path").GetString() != "/ws/mqtt") continue;
                mqtt = true;
                Assert.Equal("[\"mqtt\",\"mqttv5\"]", ws.GetProperty("subprotocols").GetRawText());
            }

            Assert.True(mqtt);
            string docs = await http.GetStringAsync(server.Http("/docs"));
            Assert.Contains("/openapi.json", docs);
            Assert.DoesNotContain("https://", docs);
        }

        [Fact]
        public async Task StatsAreJson()
        {
            using var http = new HttpClient();
            using var doc = JsonDocument.Parse(await http.GetStringAsync(server.Http("/stats")));
            Assert.True(doc.RootElement.GetProperty("connections").GetProperty("accepted").GetInt32() >= 1);
            Assert.True(doc.RootElement.TryGetProperty("rooms", out _));
            Assert.True(doc.RootElement.TryGetProperty("droppedSlow", out _));
        }
    }
}
