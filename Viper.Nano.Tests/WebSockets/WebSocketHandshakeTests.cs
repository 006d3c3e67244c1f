using nanoFramework.TestFramework;
using Viper.Nano.Server;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class WebSocketHandshakeTests
    {
        private static readonly byte[] Buffer = new byte[512];

        [TestMethod]
        public static void Rfc6455Section1_2RequestIsValid()
        {
            var request = FakeUpgradeRequest.Valid("/chat");
            request.Add("Origin", "http://example.com");
            request.Add("Sec-WebSocket-Protocol", "chat, superchat");
            Assert.AreEqual(0, WebSocketHandshake.Validate(request));
        }

        [DataRow("Upgrade", "WebSocket")]
        [DataRow("Upgrade", "WEBSOCKET")]
        [DataRow("Upgrade", "h2c, websocket")]
        [DataRow("Connection", "keep-alive, Upgrade")]
        [DataRow("Connection", "upgrade")]
        [DataRow("Sec-WebSocket-Key", "  dGhlIHNhbXBsZSBub25jZQ==  ")]
        [DataRow("Sec-WebSocket-Version", " 13 ")]
        public static void HeaderVariantsThatAreStillValid(string name, string value)
        {
            var request = FakeUpgradeRequest.Valid("/");
            request.Set(name, value);
            Assert.AreEqual(0, WebSocketHandshake.Validate(request));
        }

        [DataRow("Upgrade", "")]
        [DataRow("Upgrade", "websockets")]
        [DataRow("Upgrade", "h2c")]
        [DataRow("Connection", "keep-alive")]
        [DataRow("Connection", "Upgraded")]
        [DataRow("Sec-WebSocket-Key", "")]
        [DataRow("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ")]          // padding missing
        [DataRow("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=")]         // 23 chars
        [DataRow("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZXg=")]        // 17 bytes
        [DataRow("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25j")]            // 15 bytes
        [DataRow("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ*=")]        // outside the alphabet
        [DataRow("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZR==")]        // non-zero pad bits
        [DataRow("Host", "")]
        public static void BadUpgradeOrKeyIs400(string name, string value)
        {
            var request = FakeUpgradeRequest.Valid("/");
            request.Set(name, value);
            Assert.AreEqual(400, WebSocketHandshake.Validate(request), name + ": " + value);
        }

        [DataRow("Upgrade")]
        [DataRow("Connection")]
        [DataRow("Sec-WebSocket-Key")]
        [DataRow("Host")]
        public static void MissingHeaderIs400(string name)
        {
            var request = FakeUpgradeRequest.Valid("/");
            request.Remove(name);
            Assert.AreEqual(400, WebSocketHandshake.Validate(request));
        }

        [TestMethod]
        public static void TwoKeysAre400()
        {
            var request = FakeUpgradeRequest.Valid("/");
            request.Add("Sec-WebSocket-Key", "AAAAAAAAAAAAAAAAAAAAAA==");
            Assert.AreEqual(400, WebSocketHandshake.Validate(request));
        }

        [DataRow("12")]
        [DataRow("8")]
        [DataRow("14")]
        [DataRow("13, 8")]
        [DataRow("")]
        public static void OtherVersionsAre426(string version)
        {
            var request = FakeUpgradeRequest.Valid("/");
            request.Set("Sec-WebSocket-Version", version);
            Assert.AreEqual(426, WebSocketHandshake.Validate(request));
        }

        [TestMethod]
        public static void MissingVersionIs426()
        {
            var request = FakeUpgradeRequest.Valid("/");
            request.Remove("Sec-WebSocket-Version");
            Assert.AreEqual(426, WebSocketHandshake.Validate(request));
        }

        [DataRow("POST")]
        [DataRow("get")]
        [DataRow("HEAD")]
        public static void OnlyGetIsAccepted(string method)
        {
            var request = FakeUpgradeRequest.Valid("/");
            request.Method = method;
            Assert.AreEqual(405, WebSocketHandshake.Validate(request));
        }

        [TestMethod]
        public static void Http10Is400()
        {
            var request = FakeUpgradeRequest.Valid("/");
            request.IsHttp11 = false;
            Assert.AreEqual(400, WebSocketHandshake.Validate(request));
        }

        [TestMethod]
        public static void OriginAllowList()
        {
            var options = new ServerOptions();
            options.AllowedOrigins = new string[] { "http://192.168.1.50", "https://app.example.com" };
            var request = FakeUpgradeRequest.Valid("/");
            Assert.AreEqual(0, WebSocketHandshake.Validate(request, options), "no Origin: not a browser");
            request.Set("Origin", "http://192.168.1.50");
            Assert.AreEqual(0, WebSocketHandshake.Validate(request, options));
            request.Set("Origin", "HTTPS://App.Example.com");
            Assert.AreEqual(0, WebSocketHandshake.Validate(request, options), "scheme and host ignore case");
            request.Set("Origin", "http://evil.example");
            Assert.AreEqual(403, WebSocketHandshake.Validate(request, options));
            request.Set("Origin", "http://192.168.1.50:8080");
            Assert.AreEqual(403, WebSocketHandshake.Validate(request, options));
            options.AllowedOrigins = null;
            Assert.AreEqual(0, WebSocketHandshake.Validate(request, options), "null allows all");
        }

        // The server's list order wins; names compare exactly (RFC 6455 section 4.2.2).
        [DataRow("mqtt", "mqtt mqttv5", "mqtt")]
        [DataRow("mqttv5", "mqtt mqttv5", "mqttv5")]
        [DataRow("mqttv5, mqtt", "mqtt mqttv5", "mqtt")]
        [DataRow("mqttv5,mqtt", "mqttv5 mqtt", "mqttv5")]
        [DataRow("chat, superchat", "superchat chat", "superchat")]
        [DataRow("MQTT", "mqtt", "(none)")]
        [DataRow("mqt, mqttv", "mqtt", "(none)")]
        [DataRow("soap", "mqtt mqttv5", "(none)")]
        [DataRow("", "mqtt", "(none)")]
        [DataRow("a, b, c", "", "(none)")]
        [DataRow("bearer.mF_9, viper", "viper", "viper")]          // the token rides along, the protocol is chosen
        [DataRow("bearer.mF_9", "bearer.mF_9 viper", "(none)")]    // a token is never chosen, even if a route lists it
        [DataRow("viper, bearer.mF_9", "bearer.mF_9 viper", "viper")]
        // "(none)" stands for null: the stock metadata processor cannot write a null attribute argument.
        public static void SubprotocolSelection(string offered, string supported, string expected)
        {
            string[] list = supported.Length == 0 ? new string[0] : supported.Split(' ');
            Assert.AreEqual(expected == "(none)" ? null : expected, WebSocketHandshake.SelectSubprotocol(offered, list));
        }

        [TestMethod]
        public static void SubprotocolOfferedOnSeveralHeaderLines()
        {
            var request = FakeUpgradeRequest.Valid("/");
            request.Add("Sec-WebSocket-Protocol", "soap");
            request.Add("Sec-WebSocket-Protocol", "mqttv5");
            Assert.AreEqual("soap, mqttv5", request.GetHeader("sec-websocket-protocol"));
            Assert.AreEqual("mqttv5", WebSocketHandshake.SelectSubprotocol(request.GetHeader("Sec-WebSocket-Protocol"), new string[] { "mqtt", "mqttv5" }));
        }

        [TestMethod]
        public static void NothingOfferedOrNoRouteProtocolsSelectsNothing()
        {
            Assert.IsNull(WebSocketHandshake.SelectSubprotocol(null, new string[] { "mqtt" }));
            Assert.IsNull(WebSocketHandshake.SelectSubprotocol("mqtt", null));
        }

        // RFC 6455 section 1.3: key "dGhlIHNhbXBsZSBub25jZQ==" is answered with
        // "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=".
        [TestMethod]
        public static void AcceptResponseForTheRfcExampleKey()
        {
            int n = WebSocketHandshake.WriteAcceptResponse(Buffer, 5, "dGhlIHNhbXBsZSBub25jZQ==", null);
            string text = System.Text.Encoding.UTF8.GetString(Buffer, 5, n);
            Assert.AreEqual(
                "HTTP/1.1 101 Switching Protocols\r\n" +
                "Upgrade: websocket\r\n" +
                "Connection: Upgrade\r\n" +
                "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n" +
                "\r\n", text);
        }

        [TestMethod]
        public static void AcceptResponseNamesTheSubprotocol()
        {
            int n = WebSocketHandshake.WriteAcceptResponse(Buffer, 0, "dGhlIHNhbXBsZSBub25jZQ==", "chat");
            string text = System.Text.Encoding.UTF8.GetString(Buffer, 0, n);
            Assert.Contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n", text);
            Assert.EndsWith("Sec-WebSocket-Protocol: chat\r\n\r\n", text);
            Assert.DoesNotContains("Extensions", text);
        }

        [TestMethod]
        public static void Reject426AnnouncesVersion13()
        {
            int n = WebSocketHandshake.WriteRejectResponse(Buffer, 0, 426);
            string text = System.Text.Encoding.UTF8.GetString(Buffer, 0, n);
            Assert.StartsWith("HTTP/1.1 426 Upgrade Required\r\n", text);
            Assert.Contains("Sec-WebSocket-Version: 13\r\n", text);
            Assert.Contains("Upgrade: websocket\r\n", text);
            Assert.Contains("Content-Length: 0\r\n", text);
            Assert.EndsWith("\r\n\r\n", text);
        }

        [DataRow(400, "HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")]
        [DataRow(403, "HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")]
        [DataRow(405, "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")]
        [DataRow(503, "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")]
        public static void RejectResponses(int status, string expected)
        {
            int n = WebSocketHandshake.WriteRejectResponse(Buffer, 0, status);
            Assert.AreEqual(expected, System.Text.Encoding.UTF8.GetString(Buffer, 0, n));
        }

        [TestMethod]
        public static void IsOfferedComparesExactly()
        {
            Assert.IsTrue(WebSocketHandshake.IsOffered("mqtt, mqttv5", "mqttv5"));
            Assert.IsFalse(WebSocketHandshake.IsOffered("mqtt, mqttv5", "MQTT"));
            Assert.IsFalse(WebSocketHandshake.IsOffered(null, "mqtt"));
        }
    }
}
