using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Viper.Nano.Benchmarks.Driver
{
    /// <summary>
    /// Broadcast deliveries per second: 16 members and 1 sender on /ws/room; the sender's
    /// 256-byte text messages are relayed by the server to every other member, and the
    /// members count what they receive. Each message carries its sequence number, so a lost or
    /// reordered delivery fails the run. The sender keeps at most <see cref="Window"/> messages
    /// in flight (a message is done when all members have it): without it a server that
    /// buffers without bound would just fill its memory.
    /// </summary>
    public sealed class BroadcastScenario : LoadScenario
    {
        public const int Members = 16;
        public const int MessageLength = 256;
        public const int Window = 64;

        private readonly List<WsClient> clients = new List<WsClient>();
        private readonly int[] outstanding = new int[Window];
        private readonly int[] joined = new int[Members];
        private readonly SemaphoreSlim window = new SemaphoreSlim(Window, Window);

        public override string Name => "broadcast";

        public override string Unit => "deliveries/s";

        protected override void Open(int port, Workers workers)
        {
            for (int i = 0; i < Members; i++) clients.Add(WsClient.Connect(port, "/ws/room"));
            WsClient sender = WsClient.Connect(port, "/ws/room");
            clients.Add(sender);
            for (int i = 0; i < Members; i++)
            {
                WsClient member = clients[i];
                int index = i;
                workers.Start("member-" + i, () => MemberLoop(member, index, workers));
            }

            byte[] message = new byte[MessageLength];
            for (int i = 0; i < message.Length; i++) message[i] = (byte)('a' + i % 26);
            WaitUntilJoined(sender, message);
            workers.Start("sender", () => SenderLoop(sender, message, workers));
        }

        protected override void Close()
        {
            foreach (WsClient c in clients) c.Dispose();
            clients.Clear();
        }

        // A server may add a member to its room a moment after the 101: probe until every
        // member has received one, so none misses a counted message.
        private void WaitUntilJoined(WsClient sender, byte[] message)
        {
            "PROBE"u8.CopyTo(message);
            var clock = Stopwatch.StartNew();
            while (Array.IndexOf(joined, 0) >= 0)
            {
                if (clock.ElapsedMilliseconds > 10000) throw new InvalidOperationException("members did not all receive a broadcast within 10 s");
                sender.Send(1, message, 0, message.Length);
                Thread.Sleep(20);
            }
        }

        private void SenderLoop(WsClient sender, byte[] message, Workers workers)
        {
            "SEQ"u8.CopyTo(message);
            for (long seq = 0; !workers.Stopping; seq++)
            {
                if (!window.Wait(ReceiveBuffer.ReceiveTimeoutMs))
                {
                    if (workers.Stopping) return;
                    throw new InvalidOperationException("broadcast stalled: message " + (seq - Window) + " not delivered to every member");
                }

                Volatile.Write(ref outstanding[seq % Window], Members);
                for (int i = 0; i < 16; i++) message[3 + i] = (byte)"0123456789abcdef"[(int)(seq >> (60 - 4 * i)) & 15];
                sender.Send(1, message, 0, message.Length);
            }
        }

        private void MemberLoop(WsClient member, int index, Workers workers)
        {
            long expected = 0;
            while (!workers.Stopping)
            {
                int opcode = member.Receive(out int offset, out int length);
                byte[] d = member.Data;
                if (opcode != 1 || length != MessageLength)
                    throw new InvalidOperationException("member got opcode " + opcode + " with " + length + " bytes, not a 256-byte text message");
                if (d[offset] == 'P')
                {
                    Volatile.Write(ref joined[index], 1);
                    member.Release();
                    continue;
                }

                long seq = 0;
                for (int i = 0; i < 16; i++) seq = (seq << 4) | (long)HexValue(d[offset + 3 + i]);
                member.Release();
                if (seq != expected) throw new InvalidOperationException("member " + index + " got message " + seq + " where " + expected + " was due");
                expected++;
                if (Interlocked.Decrement(ref outstanding[seq % Window]) == 0) window.Release();
                workers.Count(index);
            }
        }

        private static int HexValue(byte c) => c <= '9' ? c - '0' : c - 'a' + 10;
    }
}
