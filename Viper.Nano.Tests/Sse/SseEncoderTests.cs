using System.Text;
using nanoFramework.TestFramework;
using Viper.Nano.Sse;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Sse
{
    [TestClass]
    public class SseEncoderTests
    {
        private static string Event(string name, long id, string data)
        {
            byte[] payload = Encoding.UTF8.GetBytes(data);
            byte[] dest = new byte[256];
            int n = SseEncoder.WriteEvent(dest, 0, dest.Length, name, id, payload, 0, payload.Length);
            Assert.IsTrue(n > 0, "event should fit");
            return Encoding.UTF8.GetString(dest, 0, n);
        }

        [TestMethod]
        public static void PlainDataIsOneDataLineAndABlankLine()
        {
            Assert.AreEqual("data: hello\n\n", Event(null, -1, "hello"));
        }

        [TestMethod]
        public static void EventNameAndIdComeBeforeTheData()
        {
            Assert.AreEqual("event: reading\nid: 42\ndata: {\"v\":1}\n\n", Event("reading", 42, "{\"v\":1}"));
        }

        // The event-stream parser ends a line at CRLF, LF or CR alike (HTML "Parsing an event
        // stream"), so each line of the payload needs its own data: field.
        [DataRow("a\nb", "data: a\ndata: b\n\n")]
        [DataRow("a\r\nb", "data: a\ndata: b\n\n")]
        [DataRow("a\rb", "data: a\ndata: b\n\n")]
        [DataRow("a\n", "data: a\ndata: \n\n")]
        [DataRow("", "data: \n\n")]
        [DataRow("\r\n\r\n", "data: \ndata: \ndata: \n\n")]
        public static void EveryLineBreakStartsANewDataLine(string data, string expected)
        {
            Assert.AreEqual(expected, Event(null, -1, data));
        }

        [TestMethod]
        public static void MultibyteTextIsCopiedAsUtf8()
        {
            Assert.AreEqual("event: t\u00e9\ndata: \u20ac1\n\n", Event("t\u00e9", -1, "\u20ac1"));
        }

        [DataRow("a\nb")]
        [DataRow("a\rb")]
        public static void ANameThatWouldBreakTheStreamIsRefused(string name)
        {
            byte[] dest = new byte[64];
            Assert.AreEqual(SseEncoder.InvalidField, SseEncoder.WriteEvent(dest, 0, 64, name, -1, new byte[1], 0, 1));
        }

        // A NUL would end the line for some readers. On nanoCLR a string ends at NUL, so such a
        // name cannot reach the encoder there: what arrives is "a", a valid name.
        [TestMethod]
        public static void ANameWithNulIsRefusedWhereAStringCanHoldOne()
        {
            string name = new string(new char[] { 'a', (char)0, 'b' });
            byte[] dest = new byte[64];
            int written = SseEncoder.WriteEvent(dest, 0, 64, name, -1, new byte[1], 0, 1);
            if (name.Length == 3)
            {
                Assert.AreEqual(SseEncoder.InvalidField, written);
            }
            else
            {
                Assert.AreEqual("a", name);
                Assert.IsTrue(written > 0);
            }
        }

        [TestMethod]
        public static void AnEventThatDoesNotFitWritesNothingUseful()
        {
            byte[] payload = Bytes.Ascii("0123456789");
            byte[] dest = new byte[64];
            // "data: 0123456789\n\n" is 18 bytes.
            Assert.AreEqual(SseEncoder.DoesNotFit, SseEncoder.WriteEvent(dest, 0, 17, null, -1, payload, 0, 10));
            Assert.AreEqual(18, SseEncoder.WriteEvent(dest, 0, 18, null, -1, payload, 0, 10));
        }

        [TestMethod]
        public static void WritesAtAnOffsetFromAPayloadSlice()
        {
            byte[] payload = Bytes.Ascii("xxABxx");
            byte[] dest = new byte[32];
            int n = SseEncoder.WriteEvent(dest, 5, 27, null, 7, payload, 2, 2);
            Assert.AreEqual("id: 7\ndata: AB\n\n", Encoding.UTF8.GetString(dest, 5, n));
        }

        [TestMethod]
        public static void RetryAndCommentBlocks()
        {
            byte[] dest = new byte[32];
            int n = SseEncoder.WriteRetry(dest, 0, 32, 3000);
            Assert.AreEqual("retry: 3000\n\n", Encoding.UTF8.GetString(dest, 0, n));
            n = SseEncoder.WriteComment(dest, 0, 32, " ping");
            Assert.AreEqual(": ping\n\n", Encoding.UTF8.GetString(dest, 0, n));
            n = SseEncoder.WriteComment(dest, 0, 32, null);
            Assert.AreEqual(":\n\n", Encoding.UTF8.GetString(dest, 0, n));
        }
    }
}
