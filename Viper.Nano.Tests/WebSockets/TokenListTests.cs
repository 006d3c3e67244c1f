using nanoFramework.TestFramework;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class TokenListTests
    {
        [DataRow("Upgrade", "upgrade", true, true)]
        [DataRow("keep-alive, Upgrade", "upgrade", true, true)]
        [DataRow("keep-alive,Upgrade", "Upgrade", false, true)]
        [DataRow(" Upgrade ,", "Upgrade", false, true)]
        [DataRow(",,\tUpgrade\t", "Upgrade", false, true)]
        [DataRow("Upgraded", "Upgrade", true, false)]
        [DataRow("keep-alive", "Upgrade", true, false)]
        [DataRow("", "Upgrade", true, false)]
        [DataRow("MQTT", "mqtt", false, false)]
        [DataRow("mqttv5, mqtt", "mqtt", false, true)]
        public static void Contains(string list, string token, bool ignoreCase, bool expected)
        {
            Assert.AreEqual(expected, TokenList.Contains(list, token, ignoreCase));
        }

        [TestMethod]
        public static void NullListContainsNothing()
        {
            Assert.IsFalse(TokenList.Contains(null, "x", true));
        }

        [TestMethod]
        public static void EqualsIgnoreCaseIsAsciiOnly()
        {
            Assert.IsTrue(TokenList.EqualsIgnoreCase("http://Example.COM", "http://example.com"));
            Assert.IsFalse(TokenList.EqualsIgnoreCase("http://example.com", "http://example.co"));
            Assert.IsFalse(TokenList.EqualsIgnoreCase(null, "x"));
        }
    }
}
