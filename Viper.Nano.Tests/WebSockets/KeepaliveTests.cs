using nanoFramework.TestFramework;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class KeepaliveTests
    {
        private const long Ms = 10000; // DateTime ticks per millisecond

        [TestMethod]
        public static void PingAfterTheIntervalThenDeadAfterTheTimeout()
        {
            var k = new Keepalive(1000, 500);
            k.Heard(0);
            Assert.AreEqual(Keepalive.Wait, k.Check(999 * Ms));
            Assert.AreEqual(1000 * Ms, k.NextDeadline);
            Assert.AreEqual(Keepalive.SendPing, k.Check(1000 * Ms));
            k.PingSent(1000 * Ms);
            Assert.AreEqual(1500 * Ms, k.NextDeadline);
            Assert.AreEqual(Keepalive.Wait, k.Check(1499 * Ms));
            Assert.AreEqual(Keepalive.Dead, k.Check(1500 * Ms));
        }

        [TestMethod]
        public static void AnythingHeardCountsAsAnAnswer()
        {
            var k = new Keepalive(1000, 500);
            k.Heard(0);
            k.PingSent(1000 * Ms);
            k.Heard(1200 * Ms);
            Assert.AreEqual(Keepalive.Wait, k.Check(1600 * Ms));
            Assert.AreEqual(2200 * Ms, k.NextDeadline);
        }

        [TestMethod]
        public static void TheTimeoutRunsFromTheFirstUnansweredPing()
        {
            var k = new Keepalive(100, 250);
            k.Heard(0);
            k.PingSent(100 * Ms);
            Assert.AreEqual(Keepalive.SendPing, k.Check(200 * Ms));
            k.PingSent(200 * Ms);
            Assert.AreEqual(Keepalive.Dead, k.Check(350 * Ms));
        }

        [TestMethod]
        public static void ZeroDisables()
        {
            var off = new Keepalive(0, 0);
            off.Heard(0);
            Assert.AreEqual(Keepalive.Wait, off.Check(long.MaxValue / 2));
            Assert.AreEqual(long.MaxValue, off.NextDeadline);

            var pingOnly = new Keepalive(100, 0);
            pingOnly.Heard(0);
            pingOnly.PingSent(100 * Ms);
            Assert.AreEqual(Keepalive.Wait, pingOnly.Check(150 * Ms));
            Assert.AreEqual(Keepalive.SendPing, pingOnly.Check(200 * Ms));
        }
    }
}
