using System;
using System.IO;
using System.Text;
using System.Linq;
using System.Text.RegularExpressions;
using nanoFramework.TestFramework;
using TestFrameworkShared;
using Viper.Nano.UnitTests.Adapter.Fixtures;
using Viper.Nano.TestRunner;
using Xunit;
using NanoAssert = nanoFramework.TestFramework.Assert;
using Assert = Xunit.Assert;

namespace Viper.Nano.UnitTests.Adapter
{
    /// <summary>
    /// Tests nanoFramework test classes share static state, so everything that runs them (the
    /// fixtures here, NFUnitTest in NanoFrameworkTests) runs in this one collection, one at a time.
    /// </summary>
    [CollectionDefinition(Name)]
    public class NanoCollection
    {
        public const string Name = "nano tests (static state)";
    }

    /// <summary>The runner's semantics, on the small fixtures of RunnerFixtures.cs.</summary>
    [Collection(NanoCollection.Name)]
    public class NanoRunnerTests
    {
        private static NanoTestResult[] RunFixture(Type type)
        {
            FixtureLog.Reset();
            return NanoClassRunner.Run(NanoTestDiscovery.ForType(type), captureOutput: true);
        }

        private static NanoTestResult Find(NanoTestResult[] results, string name) =>
            results.SingleOrDefault(r => r.Name == name) ?? throw new InvalidOperationException(name + " not among " + string.Join(", ", results.Select(r => r.Name)));

        [Fact]
        public void SetupAndCleanupRunOnceAroundTheTestsWhichRunInTheLaunchersOrder()
        {
            var results = RunFixture(typeof(LifecycleFixture));
            Assert.Equal(
                new[] { "setup", "first", "second", "row 1 x", "row 2 y \"quoted\"", "both 3", "cleanup" },
                FixtureLog.Entries);
            Assert.Equal(
                new[] { "LifecycleFixture.First", "LifecycleFixture.Second", "LifecycleFixture.Rows(1, \"x\")", "LifecycleFixture.Rows(2, \"y \\\"quoted\\\"\")", "LifecycleFixture.Both(3)" },
                results.Select(r => r.Name));
            Assert.All(results, r => Assert.Equal(NanoOutcome.Pass, r.Outcome));
        }

        [Fact]
        public void OutcomesFollowTheDevicesLauncher()
        {
            var results = RunFixture(typeof(OutcomesFixture));
            Assert.Equal(NanoOutcome.Pass, Find(results, "OutcomesFixture.Passes").Outcome);

            var failed = Find(results, "OutcomesFixture.FailsAnAssertion");
            Assert.Equal(NanoOutcome.Fail, failed.Outcome);
            Assert.Equal("Assert.AreEqual failed: expected <4>, actual <5>. sum", failed.Message);

            var threw = Find(results, "OutcomesFixture.ThrowsSomethingElse");
            Assert.Equal(NanoOutcome.Fail, threw.Outcome);
            Assert.Equal("System.InvalidOperationException: boom", threw.Message);
            Assert.Contains("ThrowsSomethingElse", threw.Detail);

            var skipped = Find(results, "OutcomesFixture.Skips");
            Assert.Equal(NanoOutcome.Skip, skipped.Outcome);
            Assert.Equal("no board here", skipped.Message);

            // The launcher compares the exception's type with SkipTestException exactly.
            Assert.Equal(NanoOutcome.Fail, Find(results, "OutcomesFixture.ThrowsADerivedSkip").Outcome);

            Assert.Contains("no [DataRow]", Find(results, "OutcomesFixture.HasParametersButNoRow").Message);
            Assert.Contains("gives 2", Find(results, "OutcomesFixture.RowWithTooManyArguments(1, 2)").Message);
            Assert.DoesNotContain(FixtureLog.Entries, e => e.StartsWith("ran", StringComparison.Ordinal));

            Assert.Equal("hello from a nano test" + Environment.NewLine, Find(results, "OutcomesFixture.WritesOutput").Output);

            var hidden = Find(results, "OutcomesFixture.Hidden");
            Assert.Equal(NanoOutcome.Fail, hidden.Outcome);
            Assert.Contains("not public", hidden.Message);
            Assert.DoesNotContain("hidden", FixtureLog.Entries);
        }

        [Fact]
        public void ASetupThatSkipsSkipsTheClassAndCleanupDoesNotRun()
        {
            var result = Assert.Single(RunFixture(typeof(SkippingSetupFixture)));
            Assert.Equal(NanoOutcome.Skip, result.Outcome);
            Assert.Equal("Setup Setup skipped the class: no Wi-Fi", result.Message);
            Assert.Empty(FixtureLog.Entries);
        }

        [Fact]
        public void ASetupThatFailsFailsEveryTestWithoutRunningItAndCleanupStillRuns()
        {
            var result = Assert.Single(RunFixture(typeof(FailingSetupFixture)));
            Assert.Equal(NanoOutcome.Fail, result.Outcome);
            Assert.Equal("Setup Setup failed, so the test did not run: System.InvalidOperationException: no memory", result.Message);
            Assert.Equal(new[] { "cleanup" }, FixtureLog.Entries);
        }

        [Fact]
        public void ACleanupThatFailsIsAFailedResultOfItsOwn()
        {
            var results = RunFixture(typeof(FailingCleanupFixture));
            Assert.Equal(NanoOutcome.Pass, Find(results, "FailingCleanupFixture.Test").Outcome);
            var cleanup = Find(results, "FailingCleanupFixture.Cleanup");
            Assert.Equal(NanoOutcome.Fail, cleanup.Outcome);
            Assert.Equal("Cleanup failed: Assert.IsTrue failed: expected <True>, actual <False>. left a socket open", cleanup.Message);
        }

        [Fact]
        public void InstanceMethodsShareOneInstancePerClassRun()
        {
            var results = RunFixture(typeof(InstanceFixture));
            Assert.All(results, r => Assert.Equal(NanoOutcome.Pass, r.Outcome));
            Assert.Equal(1, FixtureLog.Constructed);
            Assert.Equal(new[] { "one 1", "two 2" }, FixtureLog.Entries);
        }

        [Fact]
        public void ThrowsExceptionPassesForTheExactTypeOnly()
        {
            NanoAssert.ThrowsException(typeof(ArgumentNullException), () => throw new ArgumentNullException("x"));

            var derived = Assert.Throws<AssertFailedException>(() =>
                NanoAssert.ThrowsException(typeof(ArgumentException), () => throw new ArgumentNullException("x")));
            Assert.StartsWith("Assert.ThrowsException failed: expected <ArgumentException>, actual <ArgumentNullException>", derived.Message);

            var none = Assert.Throws<AssertFailedException>(() => NanoAssert.ThrowsException(typeof(ArgumentException), () => { }));
            Assert.Equal("Assert.ThrowsException failed: expected <ArgumentException>, actual: nothing was thrown.", none.Message);
        }

        [Fact]
        public void FailuresSayExpectedAndActual()
        {
            Assert.Equal("Assert.AreEqual failed: expected <abc>, actual <abd>.",
                Assert.Throws<AssertFailedException>(() => NanoAssert.AreEqual("abc", "abd")).Message);
            Assert.Equal("Assert.AreEqual failed: expected <1> of type <System.Int32>, actual <1> of type <System.Int64>.",
                Assert.Throws<AssertFailedException>(() => NanoAssert.AreEqual((object)1, (object)1L)).Message);
            Assert.Equal("CollectionAssert.AreEqual failed: at index 1 expected <2>, actual <3>. bytes",
                Assert.Throws<AssertFailedException>(() => CollectionAssert.AreEqual(new byte[] { 1, 2 }, new byte[] { 1, 3 }, "bytes")).Message);
            Assert.Equal("CollectionAssert.AreEqual failed: expected 2 elements, actual 3.",
                Assert.Throws<AssertFailedException>(() => CollectionAssert.AreEqual(new[] { 1, 2 }, new[] { 1, 2, 3 })).Message);

            // As on the device: the exact runtime type, not an assignable one.
            Assert.Throws<AssertFailedException>(() => NanoAssert.IsInstanceOfType(new ArgumentNullException(), typeof(ArgumentException)));
            Assert.Throws<SkipTestException>(() => NanoAssert.SkipTest("why"));
        }

        [Fact]
        public void TheCommandLinePrintsALinePerResultAndTheClosingCountAndFailsOnAFailure()
        {
            var output = new StringWriter();
            FixtureLog.Reset();
            int exit = Program.Run(new[] { typeof(LifecycleFixture).Assembly.Location }, output, new StringWriter());

            string[] lines = output.ToString().TrimEnd().Split(Environment.NewLine);
            Assert.Contains("PASS LifecycleFixture.First", lines);
            Assert.Contains("PASS LifecycleFixture.Rows(1, \"x\")", lines);
            Assert.Contains("FAIL OutcomesFixture.FailsAnAssertion: Assert.AreEqual failed: expected <4>, actual <5>. sum", lines);
            Assert.Contains("SKIP OutcomesFixture.Skips: no board here", lines);
            Assert.Contains("SKIP SkippingSetupFixture.Test: Setup Setup skipped the class: no Wi-Fi", lines);

            var closing = Regex.Match(lines[^1], @"^(\d+) passed, (\d+) failed, (\d+) skipped$");
            Assert.True(closing.Success, lines[^1]);
            var body = lines[..^1];
            Assert.All(body, l => Assert.Matches("^(PASS|FAIL|SKIP) ", l));
            Assert.Equal(body.Count(l => l.StartsWith("PASS ", StringComparison.Ordinal)), int.Parse(closing.Groups[1].Value));
            Assert.Equal(body.Count(l => l.StartsWith("FAIL ", StringComparison.Ordinal)), int.Parse(closing.Groups[2].Value));
            Assert.Equal(body.Count(l => l.StartsWith("SKIP ", StringComparison.Ordinal)), int.Parse(closing.Groups[3].Value));
            Assert.Equal(1, exit);
        }

        [Fact]
        public void TheCommandLineExitsZeroOnlyWhenTestsRanAndNoneFailed()
        {
            // The whole suite in its own process: the unit tests keep their state in statics, and
            // in this process the adapter runs the same tests concurrently as separate cases.
            var run = new System.Diagnostics.ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            run.ArgumentList.Add("exec");
            run.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "UnitTests.Runner.dll"));
            run.ArgumentList.Add(NanoSuite.Classes[0].Type.Assembly.Location);
            using (var process = System.Diagnostics.Process.Start(run))
            {
                var stderr = new StringBuilder();
                process.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
                process.BeginErrorReadLine();
                string passing = process.StandardOutput.ReadToEnd();
                Assert.True(process.WaitForExit(300_000), "the runner did not finish in 5 minutes");
                Assert.True(process.ExitCode == 0, "exit " + process.ExitCode + ": " + passing + stderr);
                Assert.Matches(@"^\d+ passed, 0 failed, \d+ skipped$", passing.TrimEnd().Split(Environment.NewLine)[^1]);
            }

            var none = new StringWriter();
            Assert.Equal(1, Program.Run(new[] { typeof(Viper.Nano.Crypto.Sha1).Assembly.Location }, none, new StringWriter()));
            Assert.Equal("0 passed, 0 failed, 0 skipped", none.ToString().TrimEnd());

            var error = new StringWriter();
            Assert.Equal(Program.UsageError, Program.Run(new[] { Path.Combine(Path.GetTempPath(), "no-such-NFUnitTest.dll") }, new StringWriter(), error));
            Assert.Contains("no test assembly", error.ToString());
        }
    }
}
