using System;
using System.Collections;
using Viper.Nano.Server;
using Viper.Nano.WebSockets;

namespace Viper.Nano.InterpreterBench
{
    /// <summary>
    /// A peer that sends the same bytes again on every read (one client frame or request per
    /// Receive), for <see cref="Remaining"/> reads, then closes; everything sent to it is
    /// counted and dropped. No allocation per call.
    /// </summary>
    public sealed class ReplayTransport : ITransport
    {
        private readonly byte[] _inbound;

        /// <summary>Reads left before the peer closes (int.MaxValue: never).</summary>
        public int Remaining = int.MaxValue;

        /// <summary>Bytes sent so far.</summary>
        public long SentBytes;

        public ReplayTransport(byte[] inbound)
        {
            _inbound = inbound;
        }

        public bool IsOpen => true;

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (_inbound == null) return TransportResult.TimedOut;
            if (Remaining == 0) return TransportResult.Closed;
            if (Remaining != int.MaxValue) Remaining--;
            int n = _inbound.Length < count ? _inbound.Length : count;
            Array.Copy(_inbound, 0, buffer, offset, n);
            return n;
        }

        public bool Send(byte[] buffer, int offset, int count)
        {
            SentBytes += count;
            return true;
        }

        public bool CanSend() => true;

        public void Close()
        {
        }
    }

    /// <summary>A valid upgrade request (RFC 6455 section 1.2's example), as the HTTP layer would hand it over.</summary>
    public sealed class BenchUpgradeRequest : IUpgradeRequest
    {
        private readonly Hashtable _headers = new Hashtable();

        public BenchUpgradeRequest()
        {
            _headers["host"] = "server.example.com";
            _headers["upgrade"] = "websocket";
            _headers["connection"] = "Upgrade";
            _headers["sec-websocket-key"] = "dGhlIHNhbXBsZSBub25jZQ==";
            _headers["sec-websocket-version"] = "13";
        }

        public string Method => "GET";

        public bool IsHttp11 => true;

        public string Path => "/ws/echo";

        public string Query => "";

        public string GetHeader(string name)
        {
            return (string)_headers[name.ToLower()];
        }
    }
}
