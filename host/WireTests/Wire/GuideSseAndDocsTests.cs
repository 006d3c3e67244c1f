using System;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Viper.Nano.WireTests.Wire
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
            // Two heartbeats seen live, then a reconnect that says it saw only the first: the
            // replay must start with exactly the second (nothing skipped, nothing repeated) and
            // go on with the ones sent while the client was away.
            long[] live = await HeartbeatIds(http, -1, 2);
            await Task.Delay(1500);
            long[] replayed = await HeartbeatIds(http, live[0], 3);
            Assert.Equal(live[1], replayed[0]);
            Assert.True(replayed[1] > replayed[0] && replayed[2] > replayed[1]);
        }

        private async Task<long[]> HeartbeatIds(HttpClient http, long lastEventId, int count)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, server.Http("/events"));
            if (lastEventId >= 0) request.Headers.Add("Last-Event-ID", lastEventId.ToString());
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var parser = SseParser.Create(await response.Content.ReadAsStreamAsync());
            using var cts = new CancellationTokenSource(8000);
            var ids = new long[count];
            int n = 0;
            await foreach (var item in parser.EnumerateAsync(cts.Token))
            {
                if (!item.Data.Contains("heartbeat")) continue;
                ids[n++] = long.Parse(parser.LastEventId);
                if (n == count) break;
            }

            return ids;
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
