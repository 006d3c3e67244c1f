using nanoFramework.TestFramework;
using Viper.Nano.Tests.Support;
using Viper.Nano.Text;

namespace Viper.Nano.Tests.Text
{
    [TestClass]
    public class Utf8Tests
    {
        [DataRow("", 0)]
        [DataRow("abc", 3)]
        [DataRow("é", 2)]
        [DataRow("€", 3)]
        [DataRow("😀", 4)]
        [DataRow("a€😀é", 10)]
        public static void ByteCountMatchesTheEncoder(string text, int expected)
        {
            Assert.AreEqual(expected, Utf8.ByteCount(text, 0, text.Length));
            Assert.AreEqual(expected, Utf8.Encoding.GetBytes(text).Length);
        }

        [TestMethod]
        public static void CharsThatFitNeverSplitASurrogatePair()
        {
            string text = "ab😀c";
            Assert.AreEqual(2, Utf8.CharsThatFit(text, 0, text.Length, 5));
            Assert.AreEqual(4, Utf8.CharsThatFit(text, 0, text.Length, 6));
            Assert.AreEqual(5, Utf8.CharsThatFit(text, 0, text.Length, 7));
            Assert.AreEqual(0, Utf8.CharsThatFit(text, 2, 3, 3));
        }

        [TestMethod]
        public static void EncodeWritesAtTheOffset()
        {
            byte[] buffer = new byte[8];
            int n = Utf8.Encode("é!", 0, 2, buffer, 3);
            Assert.AreEqual(3, n);
            Assert.AreEqual("c3a921", Bytes.ToHex(buffer, 3, 3));
        }
    }
}
