using System;
using System.Collections.Generic;
using nanoFramework.TestFramework;
using NanoAssert = nanoFramework.TestFramework.Assert;

// Small nanoFramework-style test classes that NanoRunnerTests runs to pin down the runner's
// semantics. Some fail on purpose. They are not part of NFUnitTest, so NanoFrameworkTests never
// sees them; only NanoRunnerTests (and a command-line run pointed at this assembly) does.
namespace Viper.Nano.UnitTests.Adapter.Fixtures
{
    /// <summary>What the fixtures did, in order.</summary>
    public static class FixtureLog
    {
        public static readonly List<string> Entries = new List<string>();

        public static int Constructed;

        public static void Reset()
        {
            Entries.Clear();
            Constructed = 0;
        }
    }

    [TestClass]
    public class LifecycleFixture
    {
        // Declared first, yet runs after every [TestMethod]: the launcher makes the DataRow pass second.
        [DataRow(1, "x")]
        [DataRow(2, "y \"quoted\"")]
        public static void Rows(int number, string text) => FixtureLog.Entries.Add("row " + number + " " + text);

        [Setup]
        public static void Setup() => FixtureLog.Entries.Add("setup");

        [TestMethod]
        public static void First() => FixtureLog.Entries.Add("first");

        [TestMethod]
        public static void Second() => FixtureLog.Entries.Add("second");

        // With [DataRow] present, [TestMethod] is ignored: one run per row, none without arguments.
        [TestMethod]
        [DataRow(3L)]
        public static void Both(long value) => FixtureLog.Entries.Add("both " + value);

        [Cleanup]
        public static void Cleanup() => FixtureLog.Entries.Add("cleanup");
    }

    public class DerivedSkipException : SkipTestException
    {
        public DerivedSkipException() : base("derived")
        {
        }
    }

    [TestClass]
    public class OutcomesFixture
    {
        [TestMethod]
        public static void Passes() => NanoAssert.AreEqual(2, 1 + 1);

        [TestMethod]
        public static void FailsAnAssertion() => NanoAssert.AreEqual(4, 2 + 3, "sum");

        [TestMethod]
        public static void ThrowsSomethingElse() => throw new InvalidOperationException("boom");

        [TestMethod]
        public static void Skips() => NanoAssert.SkipTest("no board here");

        [TestMethod]
        public static void ThrowsADerivedSkip() => throw new DerivedSkipException();

        [TestMethod]
        public static void HasParametersButNoRow(int value) => FixtureLog.Entries.Add("ran " + value);

        [DataRow(1, 2)]
        public static void RowWithTooManyArguments(int value) => FixtureLog.Entries.Add("ran " + value);

        [TestMethod]
        public static void WritesOutput() => OutputHelper.WriteLine("hello from a nano test");

        [TestMethod]
        private static void Hidden() => FixtureLog.Entries.Add("hidden");
    }

    [TestClass]
    public class SkippingSetupFixture
    {
        [Setup]
        public static void Setup() => NanoAssert.SkipTest("no Wi-Fi");

        [TestMethod]
        public static void Test() => FixtureLog.Entries.Add("test");

        [Cleanup]
        public static void Cleanup() => FixtureLog.Entries.Add("cleanup");
    }

    [TestClass]
    public class FailingSetupFixture
    {
        [Setup]
        public static void Setup() => throw new InvalidOperationException("no memory");

        [TestMethod]
        public static void Test() => FixtureLog.Entries.Add("test");

        [Cleanup]
        public static void Cleanup() => FixtureLog.Entries.Add("cleanup");
    }

    [TestClass]
    public class FailingCleanupFixture
    {
        [TestMethod]
        public static void Test() => FixtureLog.Entries.Add("test");

        [Cleanup]
        public static void Cleanup() => NanoAssert.IsTrue(false, "left a socket open");
    }

    [TestClass]
    public class InstanceFixture
    {
        private int _calls;

        public InstanceFixture() => FixtureLog.Constructed++;

        [TestMethod]
        public void One() => FixtureLog.Entries.Add("one " + ++_calls);

        [TestMethod]
        public void Two() => FixtureLog.Entries.Add("two " + ++_calls);
    }
}
