using Viper.Nano.WebSockets;
using Viper.Nano.Http;

namespace Viper.Nano.WireTests.Memory
{
    /// <summary>A fixed, valid upgrade request (RFC 6455 section 1.2 key) that allocates nothing when read.</summary>
    internal sealed class StaticUpgradeRequest : IUpgradeRequest
    {
        public string Method => "GET";
        public bool IsHttp11 => true;
        public string Path => "/ws/echo";
        public string Query => "";

        public string GetHeader(string name) => name.ToLowerInvariant() switch
        {
            "host" => "device",
            "upgrade" => "websocket",
            "connection" => "Upgrade",
            "sec-websocket-key" => "dGhlIHNhbXBsZSBub25jZQ==",
            "sec-websocket-version" => "13",
            _ => null,
        };
    }
}
