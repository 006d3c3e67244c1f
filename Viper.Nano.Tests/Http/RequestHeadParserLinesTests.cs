using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Http
{
    /// <summary>Bad request lines and field lines (RFC 9112 sections 2 to 5), each with the status the server answers.</summary>
    [TestClass]
    public class RequestHeadParserLinesTests
    {
        // RFC 9112 3: request-line = method SP request-target SP HTTP-version, single spaces.
        [DataRow("GET  /x HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow(" GET /x HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /x  HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1 \r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /x\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET\r\nHost: x\r\n\r\n", 400)]
        [DataRow("G(T /x HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET\t/x HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        public static void MalformedRequestLineIs400(string request, int status)
        {
            HeadParsing.Invalid(request, status);
        }

        // RFC 9112 2.3: "HTTP" is case-sensitive, one digit each side of the dot.
        [DataRow("GET /x http/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.10\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/a.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/2.0\r\nHost: x\r\n\r\n", 505)]
        [DataRow("GET /x HTTP/0.9\r\nHost: x\r\n\r\n", 505)]
        [DataRow("GET /x HTTP/3.0\r\n\r\n", 505)]
        public static void VersionIsCheckedStrictly(string request, int status)
        {
            HeadParsing.Invalid(request, status);
        }

        // Targets hold visible ASCII only, never a fragment, and start with '/' unless absolute.
        [DataRow("GET /a\u0001b HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /a\u007fb HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /caf\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /a#b HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET a/b HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET ftp://x/a HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET http:///a HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        public static void BadTargetIs400(string request, int status)
        {
            HeadParsing.Invalid(request, status);
        }

        // RFC 9112 2.2: lines end in CRLF; a bare CR or LF is refused (no parser disagreement to exploit).
        [DataRow("GET /x HTTP/1.1\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\nHost: x\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\nHost: x\r\n\n", 400)]
        [DataRow("GET /x HTTP/1.1\rHost: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400)]
        public static void BareCrOrLfIs400(string request, int status)
        {
            HeadParsing.Invalid(request, status);
        }

        // RFC 9112 5.1: whitespace before the colon MUST get 400; 5.2: obs-fold is rejected.
        [DataRow("GET /x HTTP/1.1\r\nHost : x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\nHost\t: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n b\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\tb\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\n Host: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\n: x\r\nHost: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\nHost x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\nHo(st: x\r\n\r\n", 400)]
        [DataRow("GET /x HTTP/1.1\r\nHost: x\r\nX-A: a\u007fb\r\n\r\n", 400)]
        public static void BadFieldLineIs400(string request, int status)
        {
            HeadParsing.Invalid(request, status);
        }

        // NUL in a field value (RFC 9110 5.5: MUST reject or replace). Built as bytes: a string
        // ends at NUL on the device.
        [TestMethod]
        public static void NulInAFieldValueIs400()
        {
            HeadParsing.Invalid(Bytes.WithNul("GET /x HTTP/1.1\r\nHost: x\r\nX-A: a@b\r\n\r\n", '@'), 400, "NUL in a field value");
        }

        [TestMethod]
        public static void TargetLongerThanTheLimitIs414()
        {
            HeadParsing.Invalid("GET /" + new string('a', 256) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
            HeadParsing.Complete("GET /" + new string('a', 255) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        }

        // An endless target is refused as soon as it passes the limit, not when the buffer fills.
        [TestMethod]
        public static void EndlessTargetIs414Early()
        {
            RequestHeadParser p = HeadParsing.Parse("GET /" + new string('a', 300), out ParseStatus status);
            Assert.AreEqual((int)ParseStatus.Invalid, (int)status);
            Assert.AreEqual(414, p.ErrorStatus);
        }

        // Regression vectors from the fuzzer (host/FuzzTests): the answer used to
        // depend on how the network cut the request line (an invalid target byte was 400 whole
        // but 414 in pieces once the target grew past the limit; a long method 400 or 501). The
        // first offending byte decides now; Invalid checks whole and byte by byte.
        [TestMethod]
        public static void TheFirstOffendingByteDecidesHoweverTheLineIsCut()
        {
            HeadParsing.Invalid("GET /bearer?\u007ftoken=" + new string('a', 300) + "HTTP/1.1\r\nHost: x\r\n\r\n", 400);
            HeadParsing.Invalid("GET /" + new string('a', 300) + "\u007f HTTP/1.1\r\nHost: x\r\n\r\n", 414);
            HeadParsing.Invalid(new string('G', 20) + "( /x HTTP/1.1\r\nHost: x\r\n\r\n", 501);
            HeadParsing.Invalid(new string('G', 20) + "\n", 501);
            HeadParsing.Invalid("GE(" + new string('T', 20) + " /x HTTP/1.1\r\n\r\n", 400);
            HeadParsing.Invalid("G(T /" + new string('a', 2000) + " HTTP/1.1\r\n\r\n", 400);
            HeadParsing.Invalid("GET /x HTTP/2.a\r\nHost: x\r\n\r\n", 400);
            HeadParsing.Invalid("GET /x HTTP/2.0\r\nHost: x\r\n\r\n", 505);
            HeadParsing.Invalid("GET /x HTTP/1.1\rX\r\nHost: x\r\n\r\n", 400);
        }

        [TestMethod]
        public static void EndlessMethodIs501()
        {
            RequestHeadParser p = HeadParsing.Parse(new string('A', 40), out ParseStatus status);
            Assert.AreEqual((int)ParseStatus.Invalid, (int)status);
            Assert.AreEqual(501, p.ErrorStatus);
        }

        [TestMethod]
        public static void HeadLargerThanTheLimitIs431()
        {
            HeadParsing.Invalid("GET /x HTTP/1.1\r\nHost: x\r\nX-Big: " + new string('b', 1000) + "\r\n\r\n", 431);
            RequestHeadParser p = HeadParsing.Parse("GET /x HTTP/1.1\r\nHost: x\r\nX-Big: " + new string('b', 1100), out ParseStatus status);
            Assert.AreEqual((int)ParseStatus.Invalid, (int)status);
            Assert.AreEqual(431, p.ErrorStatus);
        }

        // The head may be exactly the limit, final CRLF included.
        [TestMethod]
        public static void HeadOfExactlyTheLimitIsAccepted()
        {
            string start = "GET /x HTTP/1.1\r\nHost: x\r\nX-Fill: ";
            string head = start + new string('f', 1024 - start.Length - 4) + "\r\n\r\n";
            Assert.AreEqual(1024, head.Length);
            HeadParsing.Complete(head);
            HeadParsing.Invalid(start + new string('f', 1024 - start.Length - 3) + "\r\n\r\n", 431);
        }

        [TestMethod]
        public static void MoreFieldsThanTheLimitIs431()
        {
            string fields = "Host: x\r\n";
            for (int i = 1; i < 24; i++) fields += "X-" + i + ": v\r\n";
            HeadParsing.Complete("GET / HTTP/1.1\r\n" + fields + "\r\n");
            HeadParsing.Invalid("GET / HTTP/1.1\r\n" + fields + "X-25: v\r\n\r\n", 431);
        }
    }
}
