using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Http
{
    /// <summary>A body the JSON test reads (public properties, as nanoFramework.Json needs).</summary>
    public class Setting
    {
        /// <summary>Name.</summary>
        public string Name { get; set; }

        /// <summary>Level.</summary>
        public int Level { get; set; }
    }

    [TestClass]
    public class HttpRequestTests
    {
        private static HttpRequest Request(string head)
        {
            return new HttpRequest(HeadParsing.Complete(head), 2);
        }

        [TestMethod]
        public static void MethodIsTheKnownLiteral()
        {
            HttpRequest r = Request("DELETE /x HTTP/1.1\r\nHost: x\r\n\r\n");
            Assert.AreSame(HttpMethods.Delete, r.Method);
            Assert.AreEqual("BREW", Request("BREW /x HTTP/1.1\r\nHost: x\r\n\r\n").Method);
        }

        [TestMethod]
        public static void PathIsDecodedAndQueryIsNot()
        {
            HttpRequest r = Request("GET /a%20b/caf%C3%A9?x=%41+b HTTP/1.1\r\nHost: x\r\n\r\n");
            Assert.AreEqual("/a b/caf\u00e9", r.Path);
            Assert.AreSame(r.Path, r.Path);
            Assert.AreEqual("x=%41+b", r.Query);
            Assert.AreEqual("/a%20b/caf%C3%A9?x=%41+b", r.Target);
            Assert.AreEqual("", Request("GET /p HTTP/1.1\r\nHost: x\r\n\r\n").Query);
        }

        // A percent-escape that is not one, or bytes that are not UTF-8, leave the path as sent.
        [TestMethod]
        public static void BadEscapesLeaveThePathAsSent()
        {
            Assert.AreEqual("/100%", Request("GET /100% HTTP/1.1\r\nHost: x\r\n\r\n").Path);
            Assert.AreEqual("/%zz", Request("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n").Path);
            Assert.AreEqual("/%C3%28", Request("GET /%C3%28 HTTP/1.1\r\nHost: x\r\n\r\n").Path);
        }

        [TestMethod]
        public static void QueryParametersAreDecodedOnRequest()
        {
            HttpRequest r = Request("GET /p?a=1&b=x+y%21&flag&e=&a=2&sp%20ace=%C3%A9 HTTP/1.1\r\nHost: x\r\n\r\n");
            Assert.AreEqual("1", r.GetQuery("a"));
            Assert.AreEqual("x y!", r.GetQuery("b"));
            Assert.AreEqual("", r.GetQuery("flag"));
            Assert.AreEqual("", r.GetQuery("e"));
            Assert.AreEqual("\u00e9", r.GetQuery("sp ace"));
            Assert.IsNull(r.GetQuery("missing"));
            Assert.IsNull(Request("GET /p HTTP/1.1\r\nHost: x\r\n\r\n").GetQuery("a"));
        }

        // RFC 9110 5.2: names are case-insensitive; 5.3: repeated lines join with ", ".
        [TestMethod]
        public static void HeadersByNameAndJoined()
        {
            HttpRequest r = Request("GET / HTTP/1.1\r\nHost: h\r\nAccept: a/b\r\naccept: c/d\r\nX-Empty:\r\n\r\n");
            Assert.AreEqual("h", r.GetHeader("HOST"));
            Assert.AreEqual("a/b, c/d", r.GetHeader("Accept"));
            Assert.AreEqual("", r.GetHeader("x-empty"));
            Assert.IsNull(r.GetHeader("X-Missing"));
            Assert.AreEqual(4, r.HeaderCount);
            Assert.AreEqual("accept", r.GetHeaderName(2));
            Assert.AreEqual("c/d", r.GetHeaderValue(2));
            Assert.IsTrue(r.TryGetHeader("accept", out int offset, out int length));
            Assert.AreEqual(3, length);
            Assert.AreEqual((byte)'a', r.Head.Buffer[offset]);
            Assert.IsFalse(r.TryGetHeader("nope", out offset, out length));
        }

        [TestMethod]
        public static void HeaderTokens()
        {
            HttpRequest r = Request("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, Upgrade\r\nUpgrade: WebSocket\r\n\r\n");
            Assert.IsTrue(r.HeaderHasToken("Connection", "upgrade"));
            Assert.IsTrue(r.HeaderHasToken("upgrade", "websocket"));
            Assert.IsFalse(r.HeaderHasToken("Connection", "close"));
        }

        [TestMethod]
        public static void NonUtf8HeaderValueReadsAsLatin1()
        {
            byte[] head = Bytes.Ascii("GET / HTTP/1.1\r\nHost: h\r\nX-L: caf?\r\n\r\n");
            head[head.Length - 5] = 0xE9;
            RequestHeadParser parser = HeadParsing.NewParser();
            Assert.AreEqual((int)ParseStatus.Complete, (int)parser.Parse(head, 0, head.Length));
            Assert.AreEqual("caf\u00e9", new HttpRequest(parser, 1).GetHeader("x-l"));
        }

        [TestMethod]
        public static void BodyAsBytesTextAndJson()
        {
            HttpRequest r = Request("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 28\r\n\r\n");
            Assert.AreEqual(28, r.ContentLength);
            Assert.AreEqual("", r.BodyText);
            byte[] body = Bytes.Ascii("xx{\"Name\":\"fan\",\"Level\":3}");
            r.SetBody(body, 2, body.Length - 2);
            Assert.AreEqual("{\"Name\":\"fan\",\"Level\":3}", r.BodyText);
            Setting setting = (Setting)r.BodyAs(typeof(Setting));
            Assert.AreEqual("fan", setting.Name);
            Assert.AreEqual(3, setting.Level);
            body[3] = 0xFF;
            Assert.IsNull(r.BodyText);
            Assert.IsNull(r.BodyAs(typeof(Setting)));
        }

        [TestMethod]
        public static void VersionAndRemoteAddress()
        {
            HttpRequest r = Request("GET / HTTP/1.0\r\n\r\n");
            Assert.IsFalse(r.IsHttp11);
            r.RemoteAddress = "10.0.0.7";
            Assert.AreEqual("10.0.0.7", r.RemoteAddress);
            Assert.AreEqual(-1, r.ContentLength);
        }
    }
}
