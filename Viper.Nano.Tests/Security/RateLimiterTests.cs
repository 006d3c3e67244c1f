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

        // Issue 15, item 7: forgetting the longest idle address handed it a fresh burst when it
        // came back, so 17 addresses in turn were never limited. An address is now forgotten
        // only once its bucket has refilled; until then newcomers share one overflow bucket.
        [TestMethod]
        public static void TheTableIsFixedAndForgetsOnlyRefilledAddresses()
        {
            var r = new RateLimiter(1, 1, 2);
            Assert.IsTrue(r.TryAcquire("a", 0));
            Assert.IsTrue(r.TryAcquire("b", 10 * Ms));
            Assert.IsTrue(r.TryAcquire("c", 20 * Ms), "the table is full: c takes the overflow bucket's token");
            Assert.IsFalse(r.TryAcquire("b", 20 * Ms), "b is still tracked and empty");
            Assert.IsFalse(r.TryAcquire("a", 30 * Ms), "a is still tracked and empty: no fresh burst");
            Assert.IsFalse(r.TryAcquire("d", 30 * Ms), "d shares the overflow bucket c emptied");
            Assert.IsTrue(r.TryAcquire("e", 1500 * Ms), "a has refilled, so its entry may go to e");
            Assert.IsFalse(r.TryAcquire("e", 1500 * Ms), "e has its own bucket now, and spent it");
        }

        [TestMethod]
        public static void ManyAddressesInTurnGetNoMoreThanTheTablePlusOneBuckets()
        {
            // 40 addresses in turn, 10 rounds in 1 s: before the fix every request passed (400).
            var r = new RateLimiter(2, 3, 16);
            int passed = 0;
            for (int round = 0; round < 10; round++)
            {
                for (int a = 0; a < 40; a++)
                {
                    if (r.TryAcquire("10.0.0." + a, (round * 100 + a) * Ms)) passed++;
                }
            }

            // 17 buckets, each at most its burst of 3 plus 2 per second for about a second.
            Assert.IsTrue(passed <= 17 * (3 + 2), "passed " + passed);
            Assert.IsTrue(passed >= 17 * 3, "each bucket still gives its burst: " + passed);
            Assert.IsTrue(r.OverflowRequests > 0);
        }

        [TestMethod]
        public static void ZeroDisablesTheCap()
        {
            var r = new RateLimiter(0, 0, 1);
            for (int i = 0; i < 100; i++) Assert.IsTrue(r.TryAcquire("a", 0));
        }
    }
}
