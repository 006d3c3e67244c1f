using System;
using System.Collections.Generic;
using System.Text;

namespace Viper.Nano.Benchmarks.Driver
{
    /// <summary>
    /// HTTP GET requests per second: 16 keep-alive connections, each sends GET /hello and reads
    /// the whole response (head, then Content-Length bytes of body) before the next request.
    /// </summary>
    public sealed class HttpGetScenario : LoadScenario
    {
        public const int Connections = 16;

        private static readonly byte[] Request = Encoding.ASCII.GetBytes("GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        private static readonly byte[] ContentLength = Encoding.ASCII.GetBytes("content-length");
        private static readonly byte[] Body = Encoding.ASCII.GetBytes(Peers.KestrelApp.HelloBody);
        private readonly List<ReceiveBuffer> connections = new List<ReceiveBuffer>();

        public override string Name => "http-get";

        public override string Unit => "requests/s";

        /// <summary>One request and its response on <paramref name="conn"/>; throws on a wrong answer.</summary>
        public static void RoundTrip(ReceiveBuffer conn)
        {
            conn.Send(Request, 0, Request.Length);
            int head = conn.ReadHead();
            int status = ResponseHead.StatusCode(conn.Data, conn.Start, head);
            if (status != 200) throw new InvalidOperationException("GET /hello answered " + status);
            int at = ResponseHead.FindField(conn.Data, conn.Start, head, ContentLength, out int length);
            int bodyLength = at < 0 ? -1 : ResponseHead.ParseDecimal(conn.Data, at, length);
            if (bodyLength < 0) throw new InvalidOperationException("GET /hello answered without a Content-Length (chunked?)");
            conn.Ensure(head + bodyLength);
            if (!conn.Data.AsSpan(conn.Start + head, bodyLength).SequenceEqual(Body))
                throw new InvalidOperationException("GET /hello answered a body other than '" + Peers.KestrelApp.HelloBody + "'");
            conn.Consume(head + bodyLength);
        }

        protected override void Open(int port, Workers workers)
        {
            for (int c = 0; c < Connections; c++) connections.Add(new ReceiveBuffer(port));
            for (int c = 0; c < Connections; c++)
            {
                ReceiveBuffer conn = connections[c];
                int index = c;
                workers.Start("get-" + c, () =>
                {
                    while (!workers.Stopping)
                    {
                        RoundTrip(conn);
                        workers.Count(index);
                    }
                });
            }
        }

        protected override void Close()
        {
            foreach (ReceiveBuffer c in connections) c.Dispose();
            connections.Clear();
        }
    }
}
