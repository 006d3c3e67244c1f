using nanoFramework.TestFramework;
using Viper.Nano.Server;

namespace Viper.Nano.Tests.Server
{
    [TestClass]
    public class ServerOptionsTests
    {
        private static readonly ServerOptions Defaults = new ServerOptions();

        [TestMethod]
        public static void ListensOnPort80ByDefault()
        {
            Assert.AreEqual(80, Defaults.Port);
        }

        // lwIP gives nanoFramework's ESP32 builds 16 sockets, and the listener holds one of them.
        [TestMethod]
        public static void DefaultConnectionSlotsFitTheSocketsTheEsp32Has()
        {
            Assert.IsTrue(Defaults.MaxConnections >= 1, "at least one connection slot");
            Assert.IsTrue(Defaults.MaxConnections <= 15, "at most 15 slots: lwIP has 16 sockets and the listener uses one");
        }

        // A request head (RFC 9112 section 2.1) with a WebSocket upgrade's headers runs to a few
        // hundred bytes; less than 512 would refuse ordinary browsers.
        [TestMethod]
        public static void DefaultBuffersHoldAnOrdinaryRequestHead()
        {
            Assert.IsTrue(Defaults.ReceiveBufferSize >= 512, "receive buffer >= 512 bytes");
            Assert.IsTrue(Defaults.SendBufferSize >= 512, "send buffer >= 512 bytes");
        }
    }
}
