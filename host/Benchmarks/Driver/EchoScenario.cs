using System;
using System.Collections.Generic;

namespace Viper.Nano.Benchmarks.Driver
{
    /// <summary>
    /// WebSocket echo round trips per second: 16 clients on /ws/echo, each sends a masked
    /// 125-byte text frame (the largest with a 7-bit length) and waits for its echo.
    /// </summary>
    public sealed class EchoScenario : LoadScenario
    {
        public const int Clients = 16;
        public const int PayloadLength = 125;

        private readonly List<WsClient> clients = new List<WsClient>();

        public override string Name => "ws-echo";

        public override string Unit => "round trips/s";

        protected override void Open(int port, Workers workers)
        {
            byte[] payload = new byte[PayloadLength];
            for (int i = 0; i < payload.Length; i++) payload[i] = (byte)('a' + i % 26);
            for (int c = 0; c < Clients; c++) clients.Add(WsClient.Connect(port, "/ws/echo"));
            for (int c = 0; c < Clients; c++)
            {
                WsClient client = clients[c];
                int index = c;
                workers.Start("echo-" + c, () =>
                {
                    while (!workers.Stopping)
                    {
                        client.Send(1, payload, 0, payload.Length);
                        int opcode = client.Receive(out int offset, out int length);
                        if (opcode != 1 || !client.Data.AsSpan(offset, length).SequenceEqual(payload))
                            throw new InvalidOperationException("echo came back as opcode " + opcode + " with " + length + " bytes, not the 125 sent");
                        client.Release();
                        workers.Count(index);
                    }
                });
            }
        }

        protected override void Close()
        {
            foreach (WsClient c in clients) c.Dispose();
            clients.Clear();
        }
    }
}
