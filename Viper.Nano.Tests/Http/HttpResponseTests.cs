using System;
using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Http
{
    [TestClass]
    public class HttpResponseTests
    {
        private static MemoryTransport _transport;

        private static HttpResponse New(int bufferSize, bool isHead, bool http11, bool keepAlive)
        {
            _transport = new MemoryTransport();
            HttpResponse response = new HttpResponse(new byte[bufferSize]);
            response.Begin(_transport, isHead, http11, keepAlive);
            return response;
        }

        private static HttpResponse New()
        {
            return New(256, false, true, true);
        }

        [TestMethod]
        public static void TextResponseHasLengthAndType()
        {
            New().WriteText("hello");
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\nhello", _transport.Output);
            Assert.AreEqual(1, _transport.Sends);
        }

        [TestMethod]
        public static void HeadersStatusAndClose()
        {
            HttpResponse r = New(256, false, true, false);
            r.Status = HttpStatus.Created;
            r.SetHeader("X-One", "1");
            r.SetHeader("x-one", "2");
            r.SetHeader("Content-Type", "text/csv");
            r.WriteBytes(Bytes.Ascii("a,b"), 0, 3, "text/plain");
            Assert.AreEqual("HTTP/1.1 201 Created\r\nX-One: 2\r\nContent-Type: text/csv\r\nContent-Length: 3\r\nConnection: close\r\n\r\na,b", _transport.Output);
            Assert.IsFalse(r.KeepsConnection);
        }

        // RFC 9110 9.3.2: HEAD gets the GET head, with its Content-Length, and no body.
        [TestMethod]
        public static void HeadSendsNoBody()
        {
            New(256, true, true, true).WriteText("hello");
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 5\r\n\r\n", _transport.Output);
        }

        [TestMethod]
        public static void Http10KeepAliveIsStated()
        {
            New(256, false, false, true).WriteBytes(new byte[0], 0, 0, null);
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n", _transport.Output);
        }

        // RFC 9110 8.6: no Content-Length (and no body) with 204 or 304.
        [TestMethod]
        public static void NoContentHasNoLengthAndNoBody()
        {
            HttpResponse r = New();
            r.Status = HttpStatus.NoContent;
            r.WriteText("ignored");
            Assert.AreEqual("HTTP/1.1 204 No Content\r\n\r\n", _transport.Output);
        }

        [TestMethod]
        public static void NothingWrittenIsAnEmptyResponse()
        {
            HttpResponse r = New();
            r.Status = HttpStatus.Accepted;
            r.Finish();
            Assert.AreEqual("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n", _transport.Output);
        }

        [TestMethod]
        public static void RedirectIs302WithLocation()
        {
            New().Redirect("/there");
            Assert.AreEqual("HTTP/1.1 302 Found\r\nLocation: /there\r\nContent-Length: 0\r\n\r\n", _transport.Output);
            HttpResponse permanent = New();
            permanent.Status = HttpStatus.PermanentRedirect;
            permanent.Redirect("/p");
            Assert.StartsWith("HTTP/1.1 308 Permanent Redirect\r\n", _transport.Output);
        }

        [TestMethod]
        public static void JsonRawIsApplicationJson()
        {
            byte[] json = Bytes.Ascii("{\"a\":1}");
            New().WriteJsonRaw(json, 0, json.Length);
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}", _transport.Output);
        }

        // RFC 9112 7.1: each chunk is its hex size, CRLF, data, CRLF; a zero chunk ends the body.
        [TestMethod]
        public static void ChunkedBody()
        {
            HttpResponse r = New();
            r.BeginChunked("text/plain");
            r.WriteChunk("hello ");
            r.WriteChunk(Bytes.Ascii("world, this is sixteen+"), 0, 23);
            r.WriteChunk("");
            r.EndChunked();
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "6\r\nhello \r\n17\r\nworld, this is sixteen+\r\n0\r\n\r\n", _transport.Output);
            Assert.IsTrue(r.KeepsConnection);
        }

        [TestMethod]
        public static void UnfinishedChunkedBodyIsEndedByFinish()
        {
            HttpResponse r = New();
            r.BeginChunked(null);
            r.WriteChunk("x");
            r.Finish();
            Assert.EndsWith("1\r\nx\r\n0\r\n\r\n", _transport.Output);
        }

        [TestMethod]
        public static void StreamForAStatusWithoutBodySendsOnlyTheHead()
        {
            HttpResponse r = New();
            r.Status = HttpStatus.NotModified;
            r.BeginChunked("text/plain");
            r.WriteChunk("ignored");
            r.EndChunked();
            Assert.AreEqual("HTTP/1.1 304 Not Modified\r\n\r\n", _transport.Output);
            Assert.ThrowsException(typeof(InvalidOperationException), () => r.WriteChunk("late"));
        }

        // RFC 9112 6.3: an HTTP/1.0 client reads a body of unknown length until the connection closes.
        [TestMethod]
        public static void StreamToHttp10EndsWithTheConnection()
        {
            HttpResponse r = New(256, false, false, true);
            r.BeginChunked("text/plain");
            r.WriteChunk("abc");
            r.EndChunked();
            Assert.AreEqual("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nabc", _transport.Output);
            Assert.IsFalse(r.KeepsConnection);
        }

        // A content source larger than the send buffer streams through it in pieces.
        [TestMethod]
        public static void ContentStreamsThroughASmallBuffer()
        {
            HttpResponse r = New(128, false, true, true);
            r.WriteContent(new PatternContent(1000), "text/html");
            byte[] output = _transport.OutputBytes();
            string head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n";
            Assert.AreEqual(head.Length + 1000, output.Length);
            for (int i = 0; i < 1000; i++) Assert.AreEqual(PatternContent.At(i), output[head.Length + i]);
            Assert.IsTrue(_transport.Sends >= 8);
        }

        [TestMethod]
        public static void TextLargerThanTheBufferIsEncodedInPieces()
        {
            string text = "";
            for (int i = 0; i < 100; i++) text += "caf\u00e9 \U0001F600 ";
            New(128, false, true, true).WriteText(text);
            string output = _transport.Output;
            Assert.EndsWith("\r\n\r\n" + text, output);
            Assert.Contains("Content-Length: 1100\r\n", output);
        }

        [TestMethod]
        public static void BytesLargerThanTheBufferAreSentFromTheirArray()
        {
            byte[] data = new byte[1000];
            for (int i = 0; i < data.Length; i++) data[i] = (byte)i;
            New(128, false, true, true).WriteBytes(data, 0, data.Length, null);
            byte[] output = _transport.OutputBytes();
            Assert.AreEqual((byte)'\n', output[output.Length - 1000 - 1], "head ends right before the body");
            for (int i = 0; i < 1000; i++) Assert.AreEqual((byte)i, output[output.Length - 1000 + i]);
        }

        [TestMethod]
        public static void ErrorResponseSaysWhyAndCloses()
        {
            HttpResponse r = New();
            r.WriteError(HttpStatus.BadRequest, "whitespace before colon", true);
            Assert.AreEqual("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 37\r\nConnection: close\r\n\r\n"
                + "Bad Request: whitespace before colon\n", _transport.Output);
        }

        // Header values may not carry CR or LF: that would let a value inject fields (response splitting).
        [TestMethod]
        public static void HeaderInjectionIsRefused()
        {
            HttpResponse r = New();
            Assert.ThrowsException(typeof(ArgumentException), () => r.SetHeader("X-A", "a\r\nSet-Cookie: x"));
            Assert.ThrowsException(typeof(ArgumentException), () => r.SetHeader("X A", "a"));
            Assert.ThrowsException(typeof(ArgumentException), () => r.SetHeader("Content-Length", "5"));
            Assert.ThrowsException(typeof(ArgumentException), () => r.SetHeader("Transfer-Encoding", "chunked"));
        }

        [TestMethod]
        public static void ConnectionHeaderChoices()
        {
            HttpResponse r = New();
            r.SetHeader("Connection", "close");
            r.WriteText("x");
            Assert.Contains("Connection: close\r\n", _transport.Output);
            Assert.IsFalse(r.KeepsConnection);

            HttpResponse upgrade = New();
            upgrade.Status = HttpStatus.SwitchingProtocols;
            upgrade.SetHeader("Upgrade", "websocket");
            upgrade.SetHeader("Connection", "Upgrade");
            upgrade.WriteBytes(new byte[0], 0, 0, null);
            Assert.AreEqual("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n", _transport.Output);
        }

        [TestMethod]
        public static void OneWritePerResponse()
        {
            HttpResponse r = New();
            r.WriteText("a");
            Assert.IsTrue(r.HeadersSent);
            Assert.ThrowsException(typeof(InvalidOperationException), () => r.WriteText("b"));
            Assert.ThrowsException(typeof(InvalidOperationException), () => r.Status = 404);
        }

        [TestMethod]
        public static void HeadTooLargeForTheBufferCanStillBeAnswered()
        {
            HttpResponse r = New(128, false, true, true);
            r.SetHeader("X-Long", new string('l', 200));
            Assert.ThrowsException(typeof(InvalidOperationException), () => r.WriteText("x"));
            Assert.IsFalse(r.HeadersSent);
            Assert.AreEqual(0, _transport.Sends);
        }

        [TestMethod]
        public static void FailedSendMarksTheResponse()
        {
            HttpResponse r = New();
            _transport.Close();
            r.WriteText("x");
            Assert.IsTrue(r.Failed);
            Assert.IsFalse(r.KeepsConnection);
        }
    }
}
