using System;
using System.IO;
using System.Net.ServerSentEvents;
using System.Text;
using Viper.Nano.Sse;
using Xunit;

namespace Viper.Nano.FuzzTests
{
    /// <summary>
    /// Whatever text an event carries, .NET's own event-stream parser (System.Net.ServerSentEvents,
    /// written to the WHATWG algorithm, not by us) reads back the same data, with every line break
    /// as LF, and the same id and event type.
    /// </summary>
    public class SseEncoderPropertyTests
    {
        private static readonly string[] Pieces = { "a", "\n", "\r", "\r\n", " ", ":", "data: x", "é", "€", "😀", "id: 9", "", "\u0085", "\u2028" };

        [Fact]
        public void RandomPayloadsRoundTripThroughDotNetsParser()
        {
            var random = new Random(6455);
            byte[] dest = new byte[4096];
            for (int i = 0; i < 5000; i++)
            {
                var sb = new StringBuilder();
                int n = random.Next(12);
                for (int k = 0; k < n; k++) sb.Append(Pieces[random.Next(Pieces.Length)]);
                string data = sb.ToString();
                string name = random.Next(3) == 0 ? null : "ev" + random.Next(100);
                long id = random.Next(3) == 0 ? -1 : random.Next(1000000);
                byte[] payload = Encoding.UTF8.GetBytes(data);
                int written = SseEncoder.WriteEvent(dest, 0, dest.Length, name, id, payload, 0, payload.Length);
                Assert.True(written > 0);

                var parser = SseParser.Create(new MemoryStream(dest, 0, written));
                int events = 0;
                foreach (SseItem<string> item in parser.Enumerate())
                {
                    events++;
                    Assert.Equal(data.Replace("\r\n", "\n").Replace("\r", "\n"), item.Data);
                    Assert.Equal(name ?? "message", item.EventType);
                    if (id >= 0) Assert.Equal(id.ToString(), parser.LastEventId);
                }

                Assert.Equal(1, events);
            }
        }
    }
}
