using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Http
{
    /// <summary>What the fields say about the message (RFC 9112 sections 3.2, 6, 9.3): the checks that stop smuggling.</summary>
    [TestClass]
    public class RequestHeadParserFramingTests
    {
        private const string Post = "POST /x HTTP/1.1\r\nHost: x\r\n";

        [TestMethod]
        public static void ContentLengthIsTheBodyLength()
        {
            RequestHeadParser p = HeadParsing.ByteByByte(Post + "Content-Length: 42\r\n\r\n");
            Assert.AreEqual(42, p.ContentLength);
            Assert.IsFalse(p.IsChunked);
            Assert.IsTrue(p.HasBody);
            Assert.AreEqual(-1, HeadParsing.Complete("GET / HTTP/1.1\r\nHost: x\r\n\r\n").ContentLength);
            Assert.AreEqual(0, HeadParsing.Complete(Post + "Content-Length: 000\r\n\r\n").ContentLength);
        }

        // RFC 9110 8.6: repeated identical values may stand for one; anything else is invalid.
        [TestMethod]
        public static void IdenticalRepeatedContentLengthIsAccepted()
        {
            Assert.AreEqual(5, HeadParsing.Complete(Post + "Content-Length: 5\r\nContent-Length: 5\r\n\r\n").ContentLength);
            Assert.AreEqual(5, HeadParsing.Complete(Post + "Content-Length: 5, 5\r\n\r\n").ContentLength);
        }

        [DataRow(Post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n", 400)]
        [DataRow(Post + "Content-Length: 5, 6\r\n\r\n", 400)]
        [DataRow(Post + "Content-Length: -5\r\n\r\n", 400)]
        [DataRow(Post + "Content-Length: +5\r\n\r\n", 400)]
        [DataRow(Post + "Content-Length: 5a\r\n\r\n", 400)]
        [DataRow(Post + "Content-Length: 0x10\r\n\r\n", 400)]
        [DataRow(Post + "Content-Length: 1 2\r\n\r\n", 400)]
        [DataRow(Post + "Content-Length:\r\n\r\n", 400)]
        [DataRow(Post + "Content-Length: 4097\r\n\r\n", 413)]
        [DataRow(Post + "Content-Length: 99999999999999999999999\r\n\r\n", 413)]
        public static void BadContentLength(string request, int status)
        {
            HeadParsing.Invalid(request, status);
        }

        [TestMethod]
        public static void ChunkedIsTheFinalCoding()
        {
            RequestHeadParser p = HeadParsing.ByteByByte(Post + "Transfer-Encoding: chunked\r\n\r\n");
            Assert.IsTrue(p.IsChunked);
            Assert.IsTrue(p.HasBody);
            Assert.AreEqual(-1, p.ContentLength);
            Assert.IsTrue(HeadParsing.Complete(Post + "Transfer-Encoding: CHUNKED\r\n\r\n").IsChunked);
        }

        // RFC 9112 6.1 and 6.3: CL with TE is the smuggling pair; chunked must be final and
        // single (400); another coding before it is not implemented (501); TE in HTTP/1.0 is faulty framing.
        [DataRow(Post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n", 400)]
        [DataRow(Post + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n", 400)]
        [DataRow(Post + "Transfer-Encoding: gzip\r\n\r\n", 400)]
        [DataRow(Post + "Transfer-Encoding: chunked, gzip\r\n\r\n", 400)]
        [DataRow(Post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", 400)]
        [DataRow(Post + "Transfer-Encoding: chunked, chunked\r\n\r\n", 400)]
        [DataRow(Post + "Transfer-Encoding:\r\n\r\n", 400)]
        [DataRow(Post + "Transfer-Encoding: xchunked\r\n\r\n", 400)]
        [DataRow(Post + "Transfer-Encoding: gzip, chunked\r\n\r\n", 501)]
        [DataRow(Post + "Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n", 501)]
        [DataRow("POST /x HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400)]
        public static void BadTransferEncoding(string request, int status)
        {
            HeadParsing.Invalid(request, status);
        }

        // RFC 9112 3.2: 400 for HTTP/1.1 without Host, and for more than one Host line.
        [DataRow("GET / HTTP/1.1\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHost: user@a\r\n\r\n", 400)]
        public static void BadHost(string request, int status)
        {
            HeadParsing.Invalid(request, status);
        }

        [TestMethod]
        public static void EmptyHostIsAllowed()
        {
            HeadParsing.Complete("GET / HTTP/1.1\r\nHost:\r\n\r\n");
        }

        // RFC 9112 9.3: HTTP/1.1 persists unless "close"; HTTP/1.0 only with "keep-alive" (1 = persists;
        // DataRow arguments stay strings and ints, which the device reads reliably).
        [DataRow("GET / HTTP/1.1\r\nHost: x\r\n\r\n", 1)]
        [DataRow("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 0)]
        [DataRow("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, Close\r\n\r\n", 0)]
        [DataRow("GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nConnection: close\r\n\r\n", 0)]
        [DataRow("GET / HTTP/1.0\r\n\r\n", 0)]
        [DataRow("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 1)]
        [DataRow("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n", 0)]
        public static void Persistence(string request, int keepAlive)
        {
            Assert.AreEqual(keepAlive == 1, HeadParsing.Complete(request).KeepAlive);
        }

        // RFC 9110 10.1.1: 100-continue is honoured in HTTP/1.1, ignored in HTTP/1.0; others get 417.
        [TestMethod]
        public static void ExpectContinue()
        {
            Assert.IsTrue(HeadParsing.Complete(Post + "Content-Length: 3\r\nExpect: 100-Continue\r\n\r\n").ExpectContinue);
            Assert.IsFalse(HeadParsing.Complete("POST / HTTP/1.0\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n").ExpectContinue);
            HeadParsing.Invalid(Post + "Expect: 200-ok\r\n\r\n", 417);
            HeadParsing.Complete("POST / HTTP/1.0\r\nExpect: 200-ok\r\n\r\n");
        }
    }
}
