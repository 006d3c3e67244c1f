using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Viper.Nano.Samples.WebSocketGuide;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Broadcasts from several threads at once, while members send their own chat messages: every
    /// member receives every broadcast, whole (ClientWebSocket fails on a torn frame) and in each
    /// sender's order.
    /// </summary>
    [Collection(GuideCollection.Name)]
    public class BroadcastConcurrencyTests
    {
        private const int Threads = 4;
        private const int PerThread = 150;
        private readonly GuideServer server;

        public BroadcastConcurrencyTests(GuideServer server) => this.server = server;

        [Fact]
        public async Task ConcurrentBroadcastsArriveWholeAndInOrder()
        {
            var clients = new ClientWebSocket[3];
            for (int i = 0; i < clients.Length; i++)
            {
                clients[i] = new ClientWebSocket();
                await clients[i].ConnectAsync(server.Ws("/ws/chat"), CancellationToken.None);
            }

            await Task.Delay(300);
            var senders = new Thread[Threads];
            for (int t = 0; t < Threads; t++)
            {
                int id = t;
                senders[t] = new Thread(() =>
                {
                    for (int i = 0; i < PerThread; i++) GuideRoutes.Manager.BroadcastText("b" + id + "-" + i, "general");
                });
            }

            foreach (var s in senders) s.Start();
            await GuideWebSocketTests.SendText(clients[0], "own message");
            foreach (var s in senders) s.Join();

            foreach (var ws in clients)
            {
                var next = new int[Threads];
                bool sawOwn = false;
                int received = 0;
                while (received < Threads * PerThread || !sawOwn)
                {
                    string text = await GuideWebSocketTests.ReceiveText(ws, 10000);
                    if (text.Contains("own message"))
                    {
                        sawOwn = true;
                        continue;
                    }

                    int dash = text.IndexOf('-');
                    int thread = int.Parse(text.Substring(1, dash - 1));
                    int seq = int.Parse(text.Substring(dash + 1));
                    Assert.Equal(next[thread], seq);
                    next[thread]++;
                    received++;
                }

                await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                ws.Dispose();
            }
        }
    }
}
