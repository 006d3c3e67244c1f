using System.Text;
using nanoFramework.TestFramework;
using Viper.Nano.Http;

namespace Viper.Nano.Tests.Support
{
    /// <summary>Feeds request heads to a <see cref="RequestHeadParser"/> the ways the HTTP tests need.</summary>
    internal static class HeadParsing
    {
        /// <summary>A parser with the limits the tests assume: head 1024, target 256, 24 fields, body 4096.</summary>
        public static RequestHeadParser NewParser()
        {
            return new RequestHeadParser(1024, 256, 24, 4096);
        }

        /// <summary>Parses <paramref name="request"/> in one call; returns the parser.</summary>
        public static RequestHeadParser Parse(string request, out ParseStatus status)
        {
            RequestHeadParser parser = NewParser();
            byte[] bytes = Bytes.Ascii(request);
            status = parser.Parse(bytes, 0, bytes.Length);
            return parser;
        }

        /// <summary>Parses a valid head whole, and asserts it is complete and fully consumed.</summary>
        public static RequestHeadParser Complete(string head)
        {
            RequestHeadParser parser = Parse(head, out ParseStatus status);
            Assert.AreEqual((int)ParseStatus.Complete, (int)status, "complete: " + parser.ErrorReason);
            Assert.AreEqual(Bytes.Ascii(head).Length, parser.HeadLength);
            return parser;
        }

        /// <summary>Asserts that parsing stops with <paramref name="status"/>, both whole and byte by byte.</summary>
        public static void Invalid(string request, int status)
        {
            Invalid(Bytes.Ascii(request), status, request);
        }

        /// <summary>As <see cref="Invalid(string, int)"/> for input given as bytes (e.g. with NUL, which a device string cannot hold).</summary>
        public static void Invalid(byte[] bytes, int status, string description)
        {
            RequestHeadParser whole = NewParser();
            Assert.AreEqual((int)ParseStatus.Invalid, (int)whole.Parse(bytes, 0, bytes.Length), "invalid whole: " + description);
            Assert.AreEqual(status, whole.ErrorStatus, "status whole: " + whole.ErrorReason);
            Assert.IsNotNull(whole.ErrorReason);

            RequestHeadParser parser = NewParser();
            ParseStatus last = ParseStatus.NeedMore;
            for (int n = 1; n <= bytes.Length && last == ParseStatus.NeedMore; n++) last = parser.Parse(bytes, 0, n);
            Assert.AreEqual((int)ParseStatus.Invalid, (int)last, "invalid byte by byte");
            Assert.AreEqual(status, parser.ErrorStatus, "status byte by byte: " + parser.ErrorReason);
        }

        /// <summary>
        /// Feeds a valid head one byte at a time to one parser (every prefix must need more), and
        /// every truncated prefix to a fresh parser; placed at an offset inside a larger buffer.
        /// Returns the parser that completed.
        /// </summary>
        public static RequestHeadParser ByteByByte(string head)
        {
            byte[] text = Bytes.Ascii(head);
            const int At = 7;
            byte[] buffer = new byte[At + text.Length + 5];
            System.Array.Copy(text, 0, buffer, At, text.Length);
            for (int n = 0; n < text.Length; n++)
            {
                Assert.AreEqual((int)ParseStatus.NeedMore, (int)NewParser().Parse(buffer, At, n), "fresh prefix " + n);
            }

            RequestHeadParser parser = NewParser();
            for (int n = 1; n < text.Length; n++)
            {
                Assert.AreEqual((int)ParseStatus.NeedMore, (int)parser.Parse(buffer, At, n), "prefix " + n);
            }

            Assert.AreEqual((int)ParseStatus.Complete, (int)parser.Parse(buffer, At, text.Length));
            Assert.AreEqual(text.Length, parser.HeadLength);
            return parser;
        }

        /// <summary>The text of a view into the parser's buffer.</summary>
        public static string Text(RequestHeadParser parser, int offset, int length)
        {
            return Encoding.UTF8.GetString(parser.Buffer, offset, length);
        }
    }
}
