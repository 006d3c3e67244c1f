using System;
using System.Collections.Generic;
using System.Text;
using Viper.Nano.WebSockets;
using Viper.Nano.Http;

namespace Viper.Nano.WireTests.Wire.Harness
{
    /// <summary>
    /// TEST-ONLY minimal HTTP/1.1 request-head reader filling an IUpgradeRequest. Not the real
    /// HTTP parser (that lives on the HTTP branch): just enough to hand real clients' upgrade
    /// requests to WebSocketHandshake and WebSocket.
    /// </summary>
    public sealed class HarnessRequest : IUpgradeRequest
    {
        private readonly Dictionary<string, string> _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public string Method { get; private set; }
        public bool IsHttp11 { get; private set; }
        public string Path { get; private set; }
        public string Query { get; private set; } = "";

        public string GetHeader(string name) => _headers.TryGetValue(name, out string v) ? v : null;

        /// <summary>Parses the head in buffer[0..headLength); null when it is not a request head.</summary>
        public static HarnessRequest Parse(byte[] buffer, int headLength)
        {
            string text = Encoding.ASCII.GetString(buffer, 0, headLength);
            string[] lines = text.Split("\r\n");
            string[] start = lines[0].Split(' ');
            if (start.Length != 3) return null;
            var request = new HarnessRequest { Method = start[0], IsHttp11 = start[2] == "HTTP/1.1" };
            int q = start[1].IndexOf('?');
            request.Path = q < 0 ? start[1] : start[1].Substring(0, q);
            if (q >= 0) request.Query = start[1].Substring(q + 1);
            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0) continue;
                int colon = lines[i].IndexOf(':');
                if (colon <= 0) return null;
                string name = lines[i].Substring(0, colon);
                string value = lines[i].Substring(colon + 1).Trim();
                request._headers[name] = request._headers.TryGetValue(name, out string old) ? old + ", " + value : value;
            }

            return request;
        }

        /// <summary>Index just past "\r\n\r\n" in buffer[0..count), or -1.</summary>
        public static int HeadEnd(byte[] buffer, int count)
        {
            for (int i = 3; i < count; i++)
            {
                if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') return i + 1;
            }

            return -1;
        }
    }
}
