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

        // nanoCLR reads both halves of a pair as the high half: pieces must still be cut between characters.
        [TestMethod]
        public static void PiecesOfEmojiTextAreWholeCharacters()
        {
            string text = "a😀😁😂b€😃";
            Assert.IsFalse(Utf8.SplitsPair(text, 0, 1));
            Assert.IsTrue(Utf8.SplitsPair(text, 0, 2));
            Assert.IsFalse(Utf8.SplitsPair(text, 0, 3));
            Assert.IsTrue(Utf8.SplitsPair(text, 0, 4));
            Assert.IsFalse(Utf8.SplitsPair(text, 3, 5));
            Assert.IsTrue(Utf8.SplitsPair(text, 5, 6));
            Assert.IsFalse(Utf8.SplitsPair(text, 1, 7));
            Assert.IsTrue(Utf8.SplitsPair(text, 0, 10));
            byte[] whole = Utf8.Encoding.GetBytes(text);
            Assert.AreEqual(whole.Length, Utf8.ByteCount(text, 0, text.Length));
            for (int room = 4; room <= 12; room++)
            {
                byte[] buffer = new byte[64];
                int used = 0;
                int next = 0;
                while (next < text.Length)
                {
                    int written;
                    int chars = Utf8.EncodePrefix(text, next, text.Length - next, buffer, used, room, out written);
                    Assert.IsTrue(chars > 0 && written <= room, "progress within the room");
                    next += chars;
                    used += written;
                }

                Assert.AreEqual(Bytes.ToHex(whole, 0, whole.Length), Bytes.ToHex(buffer, 0, used), "room " + room);
                Assert.AreEqual(whole.Length, Utf8.ByteCount(text, 0, text.Length, buffer, 0, room));
            }
        }
    }
}
