using System.Text;
using nanoFramework.TestFramework;
using Viper.Nano.Tests.Support;
using Viper.Nano.Text;

namespace Viper.Nano.Tests.Text
{
    [TestClass]
    public class Base64Tests
    {
        // RFC 4648 section 10 test vectors.
        [DataRow("", "")]
        [DataRow("f", "Zg==")]
        [DataRow("fo", "Zm8=")]
        [DataRow("foo", "Zm9v")]
        [DataRow("foob", "Zm9vYg==")]
        [DataRow("fooba", "Zm9vYmE=")]
        [DataRow("foobar", "Zm9vYmFy")]
        public static void Rfc4648Vectors(string plain, string encoded)
        {
            byte[] input = Bytes.Ascii(plain);
            byte[] output = new byte[Base64.EncodedLength(input.Length)];
            Assert.AreEqual(encoded.Length, Base64.Encode(input, 0, input.Length, output, 0));
            Assert.AreEqual(encoded, Encoding.UTF8.GetString(output, 0, output.Length));

            byte[] text = Bytes.Ascii(encoded);
            byte[] decoded = new byte[8];
            int n = Base64.Decode(text, 0, text.Length, decoded, 0, decoded.Length);
            Assert.AreEqual(input.Length, n);
            Assert.AreEqual(plain, Encoding.UTF8.GetString(decoded, 0, n));
        }

        [TestMethod]
        public static void AllSixtyFourSymbolsRoundTrip()
        {
            byte[] input = new byte[48];
            for (int i = 0; i < 16; i++)
            {
                // Each 3-byte group spells four consecutive 6-bit values.
                int v = ((i * 4) << 18) | ((i * 4 + 1) << 12) | ((i * 4 + 2) << 6) | (i * 4 + 3);
                input[i * 3] = (byte)(v >> 16);
                input[i * 3 + 1] = (byte)(v >> 8);
                input[i * 3 + 2] = (byte)v;
            }

            byte[] output = new byte[64];
            Base64.Encode(input, 0, input.Length, output, 0);
            Assert.AreEqual("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", Encoding.UTF8.GetString(output, 0, 64));
            byte[] back = new byte[48];
            Assert.AreEqual(48, Base64.Decode(output, 0, 64, back, 0, 48));
            for (int i = 0; i < 48; i++) Assert.AreEqual(input[i], back[i]);
        }

        [DataRow("Zg=")]
        [DataRow("Zh==")]
        [DataRow("Zm9=")]
        [DataRow("Z===")]
        [DataRow("Zm9v!A==")]
        [DataRow("Zg==Zg==")]
        [DataRow("Zm 9")]
        [DataRow("=Zm9")]
        public static void NonCanonicalInputIsRejected(string text)
        {
            byte[] input = Bytes.Ascii(text);
            Assert.AreEqual(-1, Base64.Decode(input, 0, input.Length, new byte[16], 0, 16));
        }

        [TestMethod]
        public static void DecodingRefusesToOverrunTheOutputCapacity()
        {
            byte[] input = Bytes.Ascii("Zm9vYmFy");
            Assert.AreEqual(-1, Base64.Decode(input, 0, input.Length, new byte[16], 0, 5));
            Assert.AreEqual(6, Base64.Decode(input, 0, input.Length, new byte[16], 0, 6));
        }
    }
}
