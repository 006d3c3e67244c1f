using System.Linq;
using Viper.Nano.TestRunner;
using Xunit;

namespace Viper.Nano.UnitTests.Adapter
{
    /// <summary>
    /// Every nanoFramework-style test in Viper.Nano.Tests/, one xunit row each (one per data row),
    /// run through the PC runner with the device launcher's semantics. Filter with
    /// <c>--filter "DisplayName~Sha1Tests"</c>. The same tests run on the command line with
    /// <c>dotnet run --project host/UnitTests.Runner</c>.
    /// </summary>
    [Collection(NanoCollection.Name)]
    public class NanoFrameworkTests
    {
        public static TheoryData<NanoTestId> All()
        {
            var data = new TheoryData<NanoTestId>();
            foreach (NanoTestClass c in NanoSuite.Classes)
            {
                foreach (NanoTestCase test in c.Tests) data.Add(new NanoTestId(c.Name, test.Name));
                foreach (NanoTestResult problem in c.Problems) data.Add(new NanoTestId(c.Name, problem.Name));
            }

            return data;
        }

        [SkippableTheory(DisplayName = "nano")]
        [MemberData(nameof(All))]
        public void Run(NanoTestId test)
        {
            NanoTestResult result = NanoSuite.ResultOf(test);
            Skip.If(result.Outcome == NanoOutcome.Skip, result.Message);
            Assert.True(result.Outcome == NanoOutcome.Pass, Explain(result));
        }

        [Fact]
        public void TheNanoTestsAreFound()
        {
            Assert.True(NanoSuite.Classes.Sum(c => c.Tests.Length) > 0,
                "No [TestClass] with a [TestMethod] or [DataRow] was found in NFUnitTest: the nano tests would silently not run.");
        }

        [Fact]
        public void NoSetupOrCleanupFailed()
        {
            // Setup and Cleanup failures are results without a row of their own (a class without
            // tests, a failing Cleanup): this is where they show.
            var rows = NanoSuite.Classes.SelectMany(c => c.Tests.Select(t => t.Name).Concat(c.Problems.Select(p => p.Name))).ToHashSet();
            var failures = NanoSuite.Classes
                .SelectMany(c => NanoSuite.ResultsOf(c.Name))
                .Where(r => !rows.Contains(r.Name) && r.Outcome == NanoOutcome.Fail)
                .Select(Explain)
                .ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        private static string Explain(NanoTestResult result)
        {
            string text = result.ToString();
            if (result.Detail != null) text += "\n" + result.Detail;
            if (result.Output.Length > 0) text += "\nOutput:\n" + result.Output;
            return text;
        }
    }
}
