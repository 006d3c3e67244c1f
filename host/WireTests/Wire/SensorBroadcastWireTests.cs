using System;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>The sensor sample over the wire: the page, the JSON API, readings over WebSocket and SSE, and the page in a real browser.</summary>
    [Collection(SensorCollection.Name)]
    public class SensorBroadcastWireTests
    {
        private readonly SensorServer server;

        public SensorBroadcastWireTests(SensorServer server) => this.server = server;

        private static double Value(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.GetProperty("value").GetDouble();
        }

        [Fact]
        public async Task WebSocketDeliversJsonReadingsAtTheInterval()
        {
            using var ws = new ClientWebSocket();
            await ws.ConnectAsync(server.Ws("/ws/sensors"), CancellationToken.None);
            string first = await GuideWebSocketTests.ReceiveText(ws);
            DateTime t0 = DateTime.UtcNow;
            for (int i = 0; i < 4; i++) Value(await GuideWebSocketTests.ReceiveText(ws));
            double perReading = (DateTime.UtcNow - t0).TotalMilliseconds / 4;
            Value(first);
            // The configured cadence, not a speed target: a loaded CI machine may delay a timer tick,
            // but readings must neither flood nor stall.
            Assert.InRange(perReading, SensorServer.IntervalMs * 0.5, SensorServer.IntervalMs * 5);
        }

        [Fact]
        public async Task SseDeliversTheSameReadings()
        {
            using var http = new HttpClient();
            using var response = await http.GetAsync(server.Http("/events"), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType.MediaType);
            var parser = SseParser.Create(await response.Content.ReadAsStreamAsync());
            using var cts = new CancellationTokenSource(5000);
            int n = 0;
            await foreach (var item in parser.EnumerateAsync(cts.Token))
            {
                Value(item.Data);
                Assert.Equal("message", item.EventType);
                if (++n == 3) break;
            }

            Assert.Equal(3, n);
        }

        [Fact]
        public async Task TheApiServesTheRingAndTheLatestReading()
        {
            using var http = new HttpClient();
            await Task.Delay(SensorServer.IntervalMs * 2);
            Value(await http.GetStringAsync(server.Http("/api/readings/latest")));
            using var all = JsonDocument.Parse(await http.GetStringAsync(server.Http("/api/readings")));
            Assert.True(all.RootElement.GetArrayLength() >= 1);
            string page = await http.GetStringAsync(server.Http("/"));
            Assert.Contains("/ws/sensors", page);
        }

        [SkippableTheory]
        [InlineData("", "ws", "sensor-broadcast-websocket.png")]
        [InlineData("?transport=sse", "sse", "sensor-broadcast-sse.png")]
        public void ThePageChartsLiveReadingsInChromium(string query, string transport, string screenshot)
        {
            Browser.Need();
            // For people to look at: kept with the test output; VIPER_UPDATE_SCREENSHOTS=1 refreshes
            // the copy the README shows, after enough live readings for the chart to look full.
            bool update = Environment.GetEnvironmentVariable("VIPER_UPDATE_SCREENSHOTS") == "1";
            int readings = update ? 40 : 5;
            using var driver = Browser.Start();
            driver.Navigate().GoToUrl(server.Http("/" + query));
            Assert.True(Browser.WaitFor(driver, "return window.viper && window.viper.transport === '" + transport + "' && window.viper.readings >= " + readings,
                20000 + readings * SensorServer.IntervalMs * 2),
                "the page did not show " + readings + " live readings over " + transport);
            string dir = update
                ? RepoPaths.Of("docs", "screenshots")
                : Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(dir);
            ((OpenQA.Selenium.ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(dir, screenshot));
        }
    }
}
