using nanoFramework.TestFramework;
using Viper.Nano.Security;

namespace Viper.Nano.Tests.Security
{
    // Issue 15, item 7: wrong credentials were limited per address only, so 32 addresses made
    // about 4,000 guesses a second. The budget of failures is server-wide.
    [TestClass]
    public class AuthFailureBudgetTests
    {
        private const long Ms = 10000;

        [TestMethod]
        public static void FailuresSpendTheBudgetThenEveryCheckIsRefused()
        {
            var b = new AuthFailureBudget(3, 1000);
            for (int i = 0; i < 3; i++)
            {
                Assert.IsTrue(b.TryReserve(0), "guess " + i);
                b.Failed(0);
            }

            Assert.IsFalse(b.TryReserve(10 * Ms), "spent: no credential is checked");
            Assert.AreEqual(1, b.Refused);
        }

        [TestMethod]
        public static void SuccessesGiveTheirTokenBack()
        {
            var b = new AuthFailureBudget(2, 1000);
            for (int i = 0; i < 100; i++)
            {
                Assert.IsTrue(b.TryReserve(i * Ms));
                b.Succeeded();
            }
        }

        [TestMethod]
        public static void TheRefillBacksOffWhileTheBudgetStaysSpent()
        {
            var b = new AuthFailureBudget(1, 1000);
            Assert.IsTrue(b.TryReserve(0));
            b.Failed(0);
            Assert.AreEqual(2, b.RetryAfterSeconds, "spent: the interval doubled");
            Assert.IsFalse(b.TryReserve(1999 * Ms));
            Assert.IsTrue(b.TryReserve(2000 * Ms), "one back after 2 s");
            b.Failed(2000 * Ms);
            Assert.AreEqual(4, b.RetryAfterSeconds);
            Assert.IsFalse(b.TryReserve(5999 * Ms));
            Assert.IsTrue(b.TryReserve(6000 * Ms));
            b.Failed(6000 * Ms);
            for (long t = 6000; t < 600000; t += 1000) b.Failed(t * Ms);
            Assert.AreEqual(64, b.RetryAfterSeconds, "at most 64 times the base interval");
        }

        [TestMethod]
        public static void GuessesOverTimeStayNearTheRefillRate()
        {
            // 100 guessers hammering for 60 s: the budget (10) plus one per backed-off interval.
            var b = new AuthFailureBudget(10, 1000);
            int checkedGuesses = 0;
            for (long t = 0; t < 60000; t += 10)
            {
                if (!b.TryReserve(t * Ms)) continue;
                checkedGuesses++;
                b.Failed(t * Ms);
            }

            Assert.IsTrue(checkedGuesses <= 10 + 60, "checked " + checkedGuesses);
            Assert.IsTrue(checkedGuesses >= 10, "checked " + checkedGuesses);
        }

        [TestMethod]
        public static void AFullBudgetResetsTheInterval()
        {
            var b = new AuthFailureBudget(1, 1000);
            b.TryReserve(0);
            b.Failed(0);
            Assert.IsTrue(b.TryReserve(2000 * Ms));
            b.Succeeded();
            Assert.IsTrue(b.TryReserve(2000 * Ms));
            b.Succeeded();
            Assert.IsTrue(b.TryReserve(5000 * Ms));
            b.Succeeded();
            Assert.AreEqual(1, b.RetryAfterSeconds);
        }

        [TestMethod]
        public static void ZeroDisablesTheBudget()
        {
            var b = new AuthFailureBudget(0, 1000);
            for (int i = 0; i < 100; i++)
            {
                Assert.IsTrue(b.TryReserve(0));
                b.Failed(0);
            }
        }
    }
}
