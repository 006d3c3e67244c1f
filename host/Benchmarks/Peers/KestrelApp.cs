using System;
using System.Net;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>
    /// The Kestrel peer: ASP.NET Core with its WebSockets middleware, written the way its docs
    /// show (minimal API for GET, one handler loop per socket). Same behaviour as every peer:
    /// GET /hello, /ws/echo and /ws/room (see <see cref="KestrelRoom"/>).
    /// The harness runs it in a child process (<c>--serve-kestrel</c>) so it does not share
    /// the driver's GC, and in-process only for the memory-per-connection probe.
    /// </summary>
    public sealed class KestrelApp : IRunningServer
    {
        /// <summary>The body of GET /hello, 13 bytes, the same for every peer.</summary>
        public const string HelloBody = "Hello, world!";

        /// <summary>
        /// Each socket's receive buffer, the 4 KB of ASP.NET Core's WebSocket sample: the benchmark's
        /// messages are at most 256 bytes, and it is part of the memory each idle connection holds.
        /// </summary>
        public const int ReceiveBufferSize = 4 * 1024;

        private static readonly byte[] HelloBytes = System.Text.Encoding.ASCII.GetBytes(HelloBody);
        private readonly WebApplication app;

        private KestrelApp(WebApplication app, int port)
        {
            this.app = app;
            Port = port;
        }

        /// <summary>The loopback port it listens on.</summary>
        public int Port { get; }

        /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0 = ephemeral).</summary>
        public static async Task<IRunningServer> StartAsync(int port)
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
            WebApplication app = builder.Build();

            var room = new KestrelRoom();
            app.UseWebSockets();
            app.MapGet("/hello", WriteHelloAsync);
            app.Map("/ws/echo", ctx => Accept(ctx, EchoAsync));
            app.Map("/ws/room", ctx => Accept(ctx, room.JoinAsync));

            await app.StartAsync();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
            int bound = new Uri(System.Linq.Enumerable.First(addresses.Addresses)).Port;
            return new KestrelApp(app, bound);
        }

        /// <summary>Stops the server and closes its connections.</summary>
        public async ValueTask DisposeAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await app.StopAsync(timeout.Token);
            await app.DisposeAsync();
        }

        // Content-Length set as every peer does: a bare string result would go out chunked.
        private static Task WriteHelloAsync(HttpContext ctx)
        {
            ctx.Response.ContentType = "text/plain; charset=utf-8";
            ctx.Response.ContentLength = HelloBytes.Length;
            return ctx.Response.Body.WriteAsync(HelloBytes, 0, HelloBytes.Length);
        }

        private static async Task Accept(HttpContext ctx, Func<WebSocket, CancellationToken, Task> loop)
        {
            if (!ctx.WebSockets.IsWebSocketRequest)
            {
                ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            using WebSocket ws = await ctx.WebSockets.AcceptWebSocketAsync();
            try
            {
                await loop(ws, ctx.RequestAborted);
            }
            catch (WebSocketException)
            {
                // The driver aborts its sockets at the end of a run: not an error here.
            }
            catch (OperationCanceledException)
            {
            }
        }

        private static async Task EchoAsync(WebSocket ws, CancellationToken ct)
        {
            byte[] buffer = new byte[ReceiveBufferSize];
            while (true)
            {
                (int length, WebSocketMessageType type) = await ReceiveMessageAsync(ws, buffer, ct);
                if (type == WebSocketMessageType.Close)
                {
                    await ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, ct);
                    return;
                }

                await ws.SendAsync(buffer.AsMemory(0, length), type, true, ct);
            }
        }

        /// <summary>
        /// Receives one whole message into <paramref name="buffer"/> (a longer one is cut at the
        /// buffer's end: the benchmark never sends one); the type is Close when the peer closed.
        /// Pooled, so that a message costs no state-machine box: written inline in each loop, as
        /// apps do, it would not either.
        /// </summary>
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        public static async ValueTask<(int Length, WebSocketMessageType Type)> ReceiveMessageAsync(WebSocket ws, byte[] buffer, CancellationToken ct)
        {
            int length = 0;
            ValueWebSocketReceiveResult r;
            do
            {
                r = await ws.ReceiveAsync(buffer.AsMemory(length), ct);
                length += r.Count;
            }
            while (!r.EndOfMessage && length < buffer.Length && r.MessageType != WebSocketMessageType.Close);
            return (length, r.MessageType);
        }
    }
}
