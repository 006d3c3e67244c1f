using nanoFramework.TestFramework;
using Viper.Nano.Security;

namespace Viper.Nano.Tests.Security
{
    [TestClass]
    public class RateLimiterTests
    {
        private const long Ms = 10000;

        [TestMethod]
        public static void ABurstThenTheSteadyRate()
        {
            var r = new RateLimiter(2, 3, 4);
            long t = 1000000;
            Assert.IsTrue(r.TryAcquire("a", t));
            Assert.IsTrue(r.TryAcquire("a", t));
            Assert.IsTrue(r.TryAcquire("a", t));
            Assert.IsFalse(r.TryAcquire("a", t));
            Assert.IsTrue(r.TryAcquire("b", t), "another address has its own bucket");
            Assert.IsFalse(r.TryAcquire("a", t + 499 * Ms));
            Assert.IsTrue(r.TryAcquire("a", t + 500 * Ms), "2 per second: one token every 500 ms");
            Assert.IsFalse(r.TryAcquire("a", t + 500 * Ms));
        }

        [TestMethod]
        public static void TheTableIsFixedAndForgetsTheLongestIdleAddress()
        {
            var r = new RateLimiter(1, 1, 2);
            Assert.IsTrue(r.TryAcquire("a", 0));
            Assert.IsTrue(r.TryAcquire("b", 10 * Ms));
            Assert.IsTrue(r.TryAcquire("c", 20 * Ms), "c replaces a");
            Assert.IsFalse(r.TryAcquire("b", 20 * Ms), "b is still tracked and empty");
            Assert.IsTrue(r.TryAcquire("a", 30 * Ms), "a was forgotten, so it starts with a full bucket");
        }

        [TestMethod]
        public static void ZeroDisablesTheCap()
        {
            var r = new RateLimiter(0, 0, 1);
            for (int i = 0; i < 100; i++) Assert.IsTrue(r.TryAcquire("a", 0));
        }
    }
}
