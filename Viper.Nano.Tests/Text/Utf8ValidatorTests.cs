using nanoFramework.TestFramework;
using Viper.Nano.Tests.Support;
using Viper.Nano.Text;

namespace Viper.Nano.Tests.Text
{
    [TestClass]
    public class Utf8ValidatorTests
    {
        private static readonly Utf8Validator Validator = new Utf8Validator();

        // Well-formed UTF-8 (Unicode table 3-7), including every boundary of every length.
        [DataRow("")]
        [DataRow("48656c6c6f2c20576f726c6421")]               // "Hello, World!"
        [DataRow("cebae1bdb9cf83cebcceb5")]                   // "κόσμε" (Markus Kuhn's first test)
        [DataRow("00")]                                       // U+0000
        [DataRow("7f")]                                       // U+007F
        [DataRow("c280")]                                     // U+0080, first 2-byte
        [DataRow("dfbf")]                                     // U+07FF, last 2-byte
        [DataRow("e0a080")]                                   // U+0800, first 3-byte
        [DataRow("ed9fbf")]                                   // U+D7FF, just below the surrogates
        [DataRow("ee8080")]                                   // U+E000, just above them
        [DataRow("efbfbd")]                                   // U+FFFD
        [DataRow("efbfbf")]                                   // U+FFFF (a noncharacter, but valid UTF-8)
        [DataRow("f0908080")]                                 // U+10000, first 4-byte
        [DataRow("f48fbfbf")]                                 // U+10FFFF, the last code point
        [DataRow("f09f9880e282ac24c2a2")]                     // 😀 € $ ¢ mixed
        public static void ValidWholeAndByteByByte(string hex)
        {
            byte[] data = Bytes.FromHex(hex);
            Assert.IsTrue(Validator.IsValidText(data, 0, data.Length), "whole " + hex);
            Validator.Reset();
            for (int i = 0; i < data.Length; i++) Assert.IsTrue(Validator.Feed(data, i, 1), "byte " + i + " of " + hex);
            Assert.IsTrue(Validator.IsComplete, "complete " + hex);
        }

        // Ill-formed sequences: each fails however it is split.
        [DataRow("80")]                   // continuation with no lead byte
        [DataRow("bf")]
        [DataRow("41bf41")]
        [DataRow("c0af")]                 // overlong "/" in 2 bytes
        [DataRow("c080")]                 // overlong U+0000
        [DataRow("c1bf")]                 // overlong U+007F
        [DataRow("e080af")]               // overlong "/" in 3 bytes
        [DataRow("e09fbf")]               // overlong U+07FF
        [DataRow("f08080af")]             // overlong "/" in 4 bytes
        [DataRow("f08fbfbf")]             // overlong U+FFFF
        [DataRow("eda080")]               // U+D800, high surrogate
        [DataRow("edadbf")]               // U+DB7F
        [DataRow("edbfbf")]               // U+DFFF, low surrogate
        [DataRow("eda080edb080")]         // a surrogate pair encoded as two 3-byte forms (CESU-8)
        [DataRow("f4908080")]             // U+110000, past the last code point
        [DataRow("f7bfbfbf")]             // U+1FFFFF
        [DataRow("f5808080")]             // lead bytes F5..FF never appear
        [DataRow("f8888080 80")]          // old 5-byte form
        [DataRow("fe")]
        [DataRow("ff")]
        [DataRow("c241")]                 // lead byte followed by ASCII
        [DataRow("e0a041")]               // 3-byte form cut by ASCII
        [DataRow("f0908041")]             // 4-byte form cut by ASCII
        [DataRow("c2")]                   // truncated at the end of the message
        [DataRow("e0a0")]
        [DataRow("f09080")]
        [DataRow("cebae1bdb9cf83cebcceb5eda080656469746564")] // Autobahn 6.4.x: valid text, then a surrogate
        public static void InvalidWholeAndByteByByte(string hex)
        {
            byte[] data = Bytes.FromHex(hex);
            Assert.IsFalse(Validator.IsValidText(data, 0, data.Length), "whole " + hex);
            Validator.Reset();
            bool ok = true;
            for (int i = 0; i < data.Length && ok; i++) ok = Validator.Feed(data, i, 1);
            Assert.IsFalse(ok && Validator.IsComplete, "byte by byte " + hex);
        }

        [TestMethod]
        public static void MultibyteCharactersSplitAtEveryPointAcrossTwoFragmentsStayValid()
        {
            byte[] data = Bytes.FromHex("f09f9880cebae1bdb9f48fbfbfc280");
            for (int split = 0; split <= data.Length; split++)
            {
                Validator.Reset();
                Assert.IsTrue(Validator.Feed(data, 0, split), "first part, split " + split);
                Assert.IsTrue(Validator.Feed(data, split, data.Length - split), "second part, split " + split);
                Assert.IsTrue(Validator.IsComplete, "split " + split);
            }
        }

        [TestMethod]
        public static void AFragmentEndingInsideACharacterIsNotCompleteYet()
        {
            byte[] data = Bytes.FromHex("f09f9880");
            Validator.Reset();
            Assert.IsTrue(Validator.Feed(data, 0, 2));
            Assert.IsFalse(Validator.IsComplete);
            Assert.IsTrue(Validator.IsValid);
            Assert.IsTrue(Validator.Feed(data, 2, 2));
            Assert.IsTrue(Validator.IsComplete);
        }

        // Code points above U+10FFFF and surrogates are caught on the second byte, even when the
        // fragment boundary falls right after the lead byte.
        [DataRow("f490")]
        [DataRow("eda0")]
        [DataRow("e080")]
        [DataRow("f080")]
        public static void BadSecondByteFailsInTheNextFragment(string hex)
        {
            byte[] data = Bytes.FromHex(hex);
            Validator.Reset();
            Assert.IsTrue(Validator.Feed(data, 0, 1), "the lead byte alone is fine");
            Assert.IsFalse(Validator.Feed(data, 1, 1), "the second byte settles it");
        }

        [TestMethod]
        public static void AFailureSticksUntilReset()
        {
            byte[] bad = Bytes.FromHex("ff");
            byte[] good = Bytes.Ascii("ok");
            Validator.Reset();
            Assert.IsFalse(Validator.Feed(bad, 0, 1));
            Assert.IsFalse(Validator.Feed(good, 0, 2));
            Assert.IsFalse(Validator.IsComplete);
            Validator.Reset();
            Assert.IsTrue(Validator.Feed(good, 0, 2));
            Assert.IsTrue(Validator.IsComplete);
        }

        [TestMethod]
        public static void OnlyTheGivenRangeIsRead()
        {
            byte[] data = Bytes.FromHex("ff414243ff");
            Assert.IsTrue(Validator.IsValidText(data, 1, 3));
        }
    }
}
