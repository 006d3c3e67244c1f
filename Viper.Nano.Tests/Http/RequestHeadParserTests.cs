using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Http
{
    [TestClass]
    public class RequestHeadParserTests
    {
        // RFC 9112 section 2.1: the example GET.
        private const string Rfc9112Get =
            "GET /hello.txt HTTP/1.1\r\nUser-Agent: curl/7.64.1\r\nHost: www.example.com\r\nAccept-Language: en, mi\r\n\r\n";

        [TestMethod]
        public static void Rfc9112ExampleGetParsesIntoViews()
        {
            RequestHeadParser p = HeadParsing.Complete(Rfc9112Get);
            Assert.AreEqual("GET", HeadParsing.Text(p, p.MethodOffset, p.MethodLength));
            Assert.AreEqual(HttpMethods.GetIndex, p.MethodIndex);
            Assert.AreEqual("/hello.txt", HeadParsing.Text(p, p.PathOffset, p.PathLength));
            Assert.AreEqual(-1, p.QueryOffset);
            Assert.IsTrue(p.IsHttp11);
            Assert.AreEqual(3, p.FieldCount);
            Assert.AreEqual("User-Agent", HeadParsing.Text(p, p.FieldNameOffset(0), p.FieldNameLength(0)));
            Assert.AreEqual("curl/7.64.1", HeadParsing.Text(p, p.FieldValueOffset(0), p.FieldValueLength(0)));
            Assert.AreEqual("en, mi", HeadParsing.Text(p, p.FieldValueOffset(2), p.FieldValueLength(2)));
            Assert.AreEqual(1, p.FindField("host", 0));
            Assert.AreEqual(-1, p.FindField("host", 2));
            Assert.IsTrue(p.KeepAlive);
            Assert.IsFalse(p.HasBody);
        }

        [TestMethod]
        public static void Rfc9112ExampleGetByteByByte()
        {
            RequestHeadParser p = HeadParsing.ByteByByte(Rfc9112Get);
            Assert.AreEqual("/hello.txt", HeadParsing.Text(p, p.PathOffset, p.PathLength));
            Assert.AreEqual("www.example.com", HeadParsing.Text(p, p.FieldValueOffset(1), p.FieldValueLength(1)));
        }

        // RFC 9112 3.2.1: origin-form with a query.
        [TestMethod]
        public static void OriginFormSplitsPathAndQuery()
        {
            RequestHeadParser p = HeadParsing.ByteByByte("GET /where?q=now HTTP/1.1\r\nHost: www.example.org\r\n\r\n");
            Assert.AreEqual("/where", HeadParsing.Text(p, p.PathOffset, p.PathLength));
            Assert.AreEqual("q=now", HeadParsing.Text(p, p.QueryOffset, p.QueryLength));
            Assert.AreEqual("/where?q=now", HeadParsing.Text(p, p.TargetOffset, p.TargetLength));
        }

        // RFC 9112 3.2.2: a server MUST accept the absolute-form.
        [TestMethod]
        public static void AbsoluteFormTargetYieldsItsPath()
        {
            RequestHeadParser p = HeadParsing.ByteByByte("GET http://www.example.org/pub/WWW/TheProject.html HTTP/1.1\r\nHost: www.example.org\r\n\r\n");
            Assert.AreEqual("/pub/WWW/TheProject.html", HeadParsing.Text(p, p.PathOffset, p.PathLength));
            RequestHeadParser bare = HeadParsing.Complete("GET HTTPS://example.org?x=1 HTTP/1.1\r\nHost: example.org\r\n\r\n");
            Assert.AreEqual(0, bare.PathLength);
            Assert.AreEqual("x=1", HeadParsing.Text(bare, bare.QueryOffset, bare.QueryLength));
        }

        // RFC 9112 3.2.4.
        [TestMethod]
        public static void AsteriskFormIsForOptionsOnly()
        {
            RequestHeadParser p = HeadParsing.ByteByByte("OPTIONS * HTTP/1.1\r\nHost: www.example.org:8001\r\n\r\n");
            Assert.IsTrue(p.IsAsteriskForm);
            HeadParsing.Invalid("GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        }

        [TestMethod]
        public static void Http10NeedsNoHostAndClosesByDefault()
        {
            RequestHeadParser p = HeadParsing.ByteByByte("GET / HTTP/1.0\r\n\r\n");
            Assert.IsFalse(p.IsHttp11);
            Assert.IsFalse(p.KeepAlive);
            Assert.AreEqual(0, p.FieldCount);
            Assert.IsTrue(HeadParsing.Complete("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").KeepAlive);
        }

        // RFC 9110 2.5: a higher minor version of 1.x is served as 1.1.
        [TestMethod]
        public static void LaterMinorVersionIsTreatedAsHttp11()
        {
            Assert.IsTrue(HeadParsing.Complete("GET / HTTP/1.9\r\nHost: x\r\n\r\n").IsHttp11);
        }

        // RFC 9112 2.2: a server SHOULD ignore at least one empty line before the request line.
        [TestMethod]
        public static void LeadingEmptyLineIsIgnored()
        {
            RequestHeadParser p = HeadParsing.ByteByByte("\r\nGET /x HTTP/1.1\r\nHost: x\r\n\r\n");
            Assert.AreEqual("/x", HeadParsing.Text(p, p.PathOffset, p.PathLength));
            HeadParsing.Invalid("\r\n\r\n\r\nGET /x HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        }

        // RFC 9110 5.5: leading and trailing whitespace is not part of a field value.
        [TestMethod]
        public static void FieldValuesAreTrimmedAndMayBeEmpty()
        {
            RequestHeadParser p = HeadParsing.Complete("GET / HTTP/1.1\r\nHost:x\r\nX-A: \t a b \t\r\nX-B:\r\n\r\n");
            Assert.AreEqual("x", HeadParsing.Text(p, p.FieldValueOffset(0), p.FieldValueLength(0)));
            Assert.AreEqual("a b", HeadParsing.Text(p, p.FieldValueOffset(1), p.FieldValueLength(1)));
            Assert.AreEqual(0, p.FieldValueLength(2));
        }

        [TestMethod]
        public static void ObsTextIsAllowedInValues()
        {
            RequestHeadParser p = HeadParsing.Complete("GET / HTTP/1.1\r\nHost: x\r\nX-Name: caf\u00e9\r\n\r\n");
            Assert.AreEqual("caf\u00e9", HeadParsing.Text(p, p.FieldValueOffset(1), p.FieldValueLength(1)));
        }

        [TestMethod]
        public static void FieldTokensAreFoundCaseInsensitively()
        {
            RequestHeadParser p = HeadParsing.Complete("GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Upgrade\r\nUpgrade: websocket\r\n\r\n");
            Assert.IsTrue(p.FieldHasToken("connection", "upgrade"));
            Assert.IsTrue(p.FieldHasToken("UPGRADE", "WebSocket"));
            Assert.IsFalse(p.FieldHasToken("connection", "close"));
            Assert.IsFalse(p.FieldHasToken("x-missing", "a"));
        }

        // Two requests in one receive: the first head says how far it went; the second parses from there.
        [TestMethod]
        public static void PipelinedRequestsParseOneAfterTheOther()
        {
            string first = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
            string second = "GET /b HTTP/1.1\r\nHost: x\r\n\r\n";
            byte[] both = Bytes.Ascii(first + second);
            RequestHeadParser p = HeadParsing.NewParser();
            Assert.AreEqual((int)ParseStatus.Complete, (int)p.Parse(both, 0, both.Length));
            Assert.AreEqual(first.Length, p.HeadLength);
            Assert.AreEqual("/a", HeadParsing.Text(p, p.PathOffset, p.PathLength));
            p.Reset();
            Assert.AreEqual((int)ParseStatus.Complete, (int)p.Parse(both, first.Length, both.Length - first.Length));
            Assert.AreEqual(second.Length, p.HeadLength);
            Assert.AreEqual("/b", HeadParsing.Text(p, p.PathOffset, p.PathLength));
        }

        [TestMethod]
        public static void UnknownMethodIsATokenWithoutAnIndex()
        {
            RequestHeadParser p = HeadParsing.Complete("BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n");
            Assert.AreEqual(-1, p.MethodIndex);
            Assert.AreEqual(-1, HeadParsing.Complete("get / HTTP/1.1\r\nHost: x\r\n\r\n").MethodIndex);
        }

        [TestMethod]
        public static void ResumingWithAnotherOffsetIsRefused()
        {
            byte[] bytes = Bytes.Ascii("GET / HTTP/1.1\r\n");
            RequestHeadParser p = HeadParsing.NewParser();
            p.Parse(bytes, 0, 5);
            Assert.ThrowsException(typeof(System.ArgumentException), () => p.Parse(bytes, 1, 5));
        }
    }
}
