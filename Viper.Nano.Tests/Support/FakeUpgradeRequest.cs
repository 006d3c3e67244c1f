using System.Collections;
using Viper.Nano.WebSockets;
using Viper.Nano.Http;

namespace Viper.Nano.Tests.Support
{
    /// <summary>An IUpgradeRequest made of fields, for handshake tests (no HTTP parser needed).</summary>
    public sealed class FakeUpgradeRequest : IUpgradeRequest
    {
        private readonly Hashtable _headers = new Hashtable();

        /// <summary>A valid upgrade of RFC 6455 section 1.2 to <paramref name="path"/>.</summary>
        public static FakeUpgradeRequest Valid(string path)
        {
            var request = new FakeUpgradeRequest();
            request.Path = path;
            request.Add("Host", "server.example.com");
            request.Add("Upgrade", "websocket");
            request.Add("Connection", "Upgrade");
            request.Add("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
            request.Add("Sec-WebSocket-Version", "13");
            return request;
        }

        /// <inheritdoc />
        public string Method { get; set; } = "GET";

        /// <inheritdoc />
        public bool IsHttp11 { get; set; } = true;

        /// <inheritdoc />
        public string Path { get; set; } = "/";

        /// <inheritdoc />
        public string Query { get; set; } = "";

        /// <summary>Adds a header line; a repeated name is joined with ", " as HTTP allows.</summary>
        public void Add(string name, string value)
        {
            string key = name.ToLower();
            string existing = (string)_headers[key];
            _headers[key] = existing == null ? value : existing + ", " + value;
        }

        /// <summary>Removes a header.</summary>
        public void Remove(string name)
        {
            _headers.Remove(name.ToLower());
        }

        /// <summary>Replaces a header.</summary>
        public void Set(string name, string value)
        {
            Remove(name);
            Add(name, value);
        }

        /// <inheritdoc />
        public string GetHeader(string name)
        {
            return (string)_headers[name.ToLower()];
        }
    }
}
