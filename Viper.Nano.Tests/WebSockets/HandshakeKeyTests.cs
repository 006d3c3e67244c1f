using nanoFramework.TestFramework;
using Viper.Nano.Crypto;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class HandshakeKeyTests
    {
        // RFC 6455 section 1.3: the sample nonce and the answer it must produce.
        [TestMethod]
        public static void Rfc6455ExampleKey()
        {
            Assert.AreEqual("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", HandshakeKey.ComputeAccept("dGhlIHNhbXBsZSBub25jZQ=="));
        }

        [TestMethod]
        public static void SurroundingWhitespaceIsNotPartOfTheKey()
        {
            Assert.AreEqual("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", HandshakeKey.ComputeAccept(" dGhlIHNhbXBsZSBub25jZQ== "));
        }

        // A widely used example key and an all-zero key, checked
        // against an independent SHA-1/base64 implementation.
        [DataRow("x3JJHMbDL1EzLkh9GBhXDw==", "HSmrc0sMlYUkAGmm5OPpG2HaGWk=")]
        [DataRow("AAAAAAAAAAAAAAAAAAAAAA==", "ICX+Yqv66kxgM0FcWaLWlFLwTAI=")]
        public static void OtherKeys(string key, string expected)
        {
            Assert.AreEqual(expected, HandshakeKey.ComputeAccept(key));
        }

        [TestMethod]
        public static void ByteLevelComputationWritesTwentyEightAsciiBytesAtTheOffset()
        {
            byte[] request = Bytes.Ascii("key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
            byte[] output = new byte[HandshakeKey.AcceptLength + 3];
            HandshakeKey.ComputeAccept(request, 5, 24, new Sha1(), new byte[Sha1.HashSize], output, 3);
            Assert.AreEqual("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", System.Text.Encoding.UTF8.GetString(output, 3, HandshakeKey.AcceptLength));
        }
    }
}
