using System;
using System.Collections;
using System.Text;
using System.Threading;
using Viper.Nano.Http;
using Viper.Nano.Routing;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>A payload the JSON routes read and write (public properties, as nanoFramework.Json wants).</summary>
    public sealed class SensorReading
    {
        public string Name { get; set; }
        public int Value { get; set; }
    }

    /// <summary>A content source that generates its bytes, to check streaming through the small send buffer.</summary>
    public sealed class PatternContent : IResponseContent
    {
        public PatternContent(int length) { Length = length; }
        public int Length { get; }
        public static byte At(int position) => (byte)('a' + position % 26);
        public int Read(int position, byte[] buffer, int offset, int count)
        {
            int n = Math.Min(count, Length - position);
            for (int i = 0; i < n; i++) buffer[offset + i] = At(position + i);
            return Math.Max(n, 0);
        }
    }

    /// <summary>The routes the HTTP wire tests talk to. Test-side code: the library knows nothing of it.</summary>
    public static class HttpTestRoutes
    {
        public static readonly byte[] FixedBody = Encoding.ASCII.GetBytes("fixed response\n");

        /// <summary>Held by /block until a test sets it: keeps slots busy for the 503 test.</summary>
        public static readonly ManualResetEventSlim Release = new ManualResetEventSlim(false);
        public static int Blocked;

        /// <summary>Allocation figures measured inside /alloc on the slot's thread.</summary>
        public static long LastAllocated;

        [HttpGet("/hello")]
        [Summary("Says hello")]
        public static void Hello(HttpContext context) => context.Response.WriteText("hello");

        [HttpGet("/fixed")]
        public static void Fixed(HttpContext context) => context.Response.WriteBytes(FixedBody, 0, FixedBody.Length, "text/plain");

        [HttpGet("/alloc")]
        public static void Alloc(HttpContext context)
        {
            LastAllocated = GC.GetAllocatedBytesForCurrentThread();
            context.Response.WriteBytes(FixedBody, 0, FixedBody.Length, "text/plain");
        }

        [HttpGet("/alloc-text")]
        public static void AllocText(HttpContext context)
        {
            LastAllocated = GC.GetAllocatedBytesForCurrentThread();
            context.Response.WriteText("fixed response\n");
        }

        [HttpPost("/echo")]
        [HttpPut("/echo")]
        public static void Echo(HttpContext context)
        {
            HttpRequest r = context.Request;
            context.Response.WriteBytes(r.Body, r.BodyOffset, r.BodyLength, r.GetHeader("Content-Type") ?? "application/octet-stream");
        }

        [HttpGet("/api/sensors/{id}")]
        public static void Sensor(HttpContext context) => context.Response.WriteText("sensor " + context.Request.GetRouteParam("id"));

        [HttpGet("/api/sensors/stats")]
        public static void SensorStats(HttpContext context) => context.Response.WriteText("stats");

        [HttpDelete("/api/sensors/{id}")]
        public static void DeleteSensor(HttpContext context) => context.Response.Status = HttpStatus.NoContent;

        [HttpGet("/throw")]
        public static void Throw(HttpContext context) => throw new InvalidOperationException("handler failure");

        [HttpGet("/query")]
        public static void Query(HttpContext context) => context.Response.WriteText("a=" + context.Request.GetQuery("a") + ";b=" + context.Request.GetQuery("b"));

        [HttpGet("/header")]
        public static void Header(HttpContext context) => context.Response.WriteText(context.Request.GetHeader("X-Test") ?? "(none)");

        [HttpGet("/json")]
        public static void Json(HttpContext context) => context.Response.WriteJson(new SensorReading { Name = "t1", Value = 42 });

        [HttpPost("/json")]
        public static void JsonEcho(HttpContext context)
        {
            var reading = (SensorReading)context.Request.BodyAs(typeof(SensorReading));
            var table = new Hashtable { { "name", reading.Name }, { "doubled", reading.Value * 2 } };
            context.Response.WriteJson(table);
        }

        [HttpGet("/redirect")]
        public static void Redirect(HttpContext context) => context.Response.Redirect("/hello");

        [HttpGet("/big")]
        public static void Big(HttpContext context) => context.Response.WriteContent(new PatternContent(10000), "text/plain");

        [HttpGet("/unicode")]
        public static void Unicode(HttpContext context) => context.Response.WriteText(new string('\u00e9', 1500) + "\U0001F600");

        [HttpGet("/stream")]
        public static void Stream(HttpContext context)
        {
            HttpResponse response = context.Response;
            response.BeginChunked("text/plain");
            for (int i = 0; i < 3; i++) response.WriteChunk("part" + i + ";");
            response.EndChunked();
        }

        [HttpGet("/close")]
        public static void Close(HttpContext context)
        {
            context.Response.CloseConnection = true;
            context.Response.WriteText("bye");
        }

        [HttpGet("/block")]
        public static void Block(HttpContext context)
        {
            Interlocked.Increment(ref Blocked);
            Release.Wait(10000);
            Interlocked.Decrement(ref Blocked);
            context.Response.WriteText("released");
        }

        [WebSocketRoute("/ws", "chat superchat")]
        public static void Socket(Viper.Nano.WebSockets.WebSocket webSocket) { }

        [SseRoute("/events")]
        public static void Events(Viper.Nano.Sse.SseStream stream) { }
    }
}
