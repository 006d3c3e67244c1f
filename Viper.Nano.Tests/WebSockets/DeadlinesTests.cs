using nanoFramework.TestFramework;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class DeadlinesTests
    {
        private const long Ms = 10000;

        [TestMethod]
        public static void AFrameDeadlineCountsFromWhenTheFrameIsFirstSeen()
        {
            var d = new Deadlines(100, 1000);
            Assert.IsFalse(d.Missed(false, false, 0));
            Assert.IsFalse(d.Missed(true, true, 50 * Ms));
            Assert.IsFalse(d.Missed(true, true, 149 * Ms));
            Assert.IsTrue(d.Missed(true, true, 150 * Ms));
        }

        [TestMethod]
        public static void AFrameThatEndsResetsItsDeadlineButNotTheMessages()
        {
            var d = new Deadlines(100, 300);
            Assert.IsFalse(d.Missed(true, true, 0));
            Assert.IsFalse(d.Missed(false, true, 90 * Ms));
            Assert.IsFalse(d.Missed(true, true, 100 * Ms));
            Assert.IsFalse(d.Missed(true, true, 190 * Ms), "the second frame started at 100 ms");
            Assert.IsFalse(d.Missed(false, true, 250 * Ms));
            Assert.IsTrue(d.Missed(false, true, 300 * Ms), "the message started at 0");
            Assert.IsFalse(d.Missed(false, false, 310 * Ms), "between messages nothing runs");
        }

        [TestMethod]
        public static void ZeroDisablesAndTheEarliestDeadlineBoundsTheWait()
        {
            var off = new Deadlines(0, 0);
            Assert.IsFalse(off.Missed(true, true, 0));
            Assert.IsFalse(off.Missed(true, true, 1000000 * Ms));
            Assert.AreEqual(long.MaxValue, off.Earliest(long.MaxValue));
            var d = new Deadlines(100, 300);
            d.Missed(true, true, 10 * Ms);
            Assert.AreEqual(110 * Ms, d.Earliest(long.MaxValue));
            Assert.AreEqual(50 * Ms, d.Earliest(50 * Ms));
        }
    }
}
