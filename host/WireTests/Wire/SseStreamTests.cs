using System;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Threading;
using System.Threading.Tasks;
using Viper.Nano.Rooms;
using Viper.Nano.Routing;
using Viper.Nano.Server;
using Viper.Nano.Sse;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>Test-side SSE routes: a stream that sends its own events and ends, and one that idles in a room.</summary>
    public static class SseTestRoutes
    {
        public static ConnectionManager Manager;

        [SseRoute("/sse/own")]
        public static void Own(SseStream stream)
        {
            stream.Send("greeting", "line one\nline two");
            stream.Send("second");
        }

        [SseRoute("/sse/idle")]
        public static void Idle(SseStream stream)
        {
            Manager.Subscribe(stream, "idle");
        }
    }

    public class SseStreamTests
    {
        [SkippableFact]
        public void EventsAreWrittenWholeWithNamesAndMultiLineDataAndTheStreamEndsWithItsHandler()
        {
            RealClients.NeedCurl();
            var options = new ServerOptions { Port = 0 };
            using var server = new ViperServer(options);
            server.AddRoutes(typeof(SseTestRoutes));
            server.Start();
            var r = RealClients.Run("curl", "-sN --max-time 5 http://127.0.0.1:" + server.Port + "/sse/own", 15000);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal("retry: 3000\n\nevent: greeting\ndata: line one\ndata: line two\n\ndata: second\n\n", r.Stdout);
        }

        [SkippableFact]
        public void HeadGetsTheHeadOnly()
        {
            RealClients.NeedCurl();
            using var server = new ViperServer(new ServerOptions { Port = 0 });
            server.AddRoutes(typeof(SseTestRoutes));
            server.Start();
            var r = RealClients.Run("curl", "-s -I --max-time 5 http://127.0.0.1:" + server.Port + "/sse/own", 15000);
            Assert.Equal(0, r.ExitCode);
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", r.Stdout);
            Assert.Contains("Content-Type: text/event-stream\r\n", r.Stdout);
            Assert.EndsWith("\r\n\r\n", r.Stdout);
        }

        [Fact]
        public async Task AnIdleStreamGetsCommentHeartbeatsAndLeavesTheRoomWhenTheClientGoes()
        {
            var options = new ServerOptions { Port = 0, SseHeartbeatMs = 200 };
            using var server = new ViperServer(options);
            server.AddRoutes(typeof(SseTestRoutes));
            server.Start();
            SseTestRoutes.Manager = server.Rooms;
            using (var http = new HttpClient())
            using (var response = await http.GetAsync("http://127.0.0.1:" + server.Port + "/sse/idle", HttpCompletionOption.ResponseHeadersRead))
            {
                var stream = await response.Content.ReadAsStreamAsync();
                var buffer = new byte[256];
                var text = new System.Text.StringBuilder();
                using var cts = new CancellationTokenSource(5000);
                while (!text.ToString().Contains(":\n\n:\n\n"))
                {
                    int n = await stream.ReadAsync(buffer, cts.Token);
                    Assert.True(n > 0, "stream ended");
                    text.Append(System.Text.Encoding.UTF8.GetString(buffer, 0, n));
                }

                Assert.Equal(1, SseTestRoutes.Manager.RoomMemberCount("idle"));
            }

            // The client is gone: the next heartbeat fails, the member leaves, the slot frees.
            DateTime deadline = DateTime.UtcNow.AddSeconds(5);
            while (SseTestRoutes.Manager.RoomMemberCount("idle") != 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
            Assert.Equal(0, SseTestRoutes.Manager.RoomMemberCount("idle"));
            while (server.Stats.ConnectionsCurrent != 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
            Assert.Equal(0, server.Stats.ConnectionsCurrent);
        }
    }
}
