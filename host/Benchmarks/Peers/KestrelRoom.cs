using System;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>
    /// /ws/room for Kestrel: every text or binary message a member sends is delivered to every
    /// other member, in order. A member's sends are serialized by its own lock, since a
    /// WebSocket allows one send at a time; the relaying loop awaits each member in turn, as
    /// the usual ASP.NET Core chat samples do.
    /// </summary>
    public sealed class KestrelRoom
    {
        private readonly ConcurrentDictionary<Member, byte> members = new ConcurrentDictionary<Member, byte>();

        /// <summary>Runs one member's receive loop until it leaves.</summary>
        public async Task JoinAsync(WebSocket ws, CancellationToken ct)
        {
            var self = new Member(ws);
            members[self] = 0;
            try
            {
                byte[] buffer = new byte[KestrelApp.ReceiveBufferSize];
                while (true)
                {
                    (int length, WebSocketMessageType type) = await KestrelApp.ReceiveMessageAsync(ws, buffer, ct);
                    if (type == WebSocketMessageType.Close)
                    {
                        await ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, ct);
                        return;
                    }

                    foreach (Member other in members.Keys)
                    {
                        if (other != self) await other.SendAsync(buffer, length, type, ct, this);
                    }
                }
            }
            finally
            {
                members.TryRemove(self, out _);
            }
        }

        private void Drop(Member m) => members.TryRemove(m, out _);

        private sealed class Member
        {
            private readonly WebSocket ws;
            private readonly SemaphoreSlim sendLock = new SemaphoreSlim(1, 1);

            public Member(WebSocket ws) => this.ws = ws;

            public async Task SendAsync(byte[] buffer, int length, WebSocketMessageType type, CancellationToken ct, KestrelRoom room)
            {
                await sendLock.WaitAsync(ct);
                try
                {
                    if (ws.State == WebSocketState.Open) await ws.SendAsync(buffer.AsMemory(0, length), type, true, ct);
                }
                catch (WebSocketException)
                {
                    room.Drop(this);
                }
                finally
                {
                    sendLock.Release();
                }
            }
        }
    }
}
