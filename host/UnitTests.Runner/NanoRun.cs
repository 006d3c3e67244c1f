using System.Collections.Generic;
using System.IO;

namespace Viper.Nano.TestRunner
{
    /// <summary>Counts of a run and the closing line that reports them.</summary>
    public sealed class NanoRunSummary
    {
        /// <summary>Tests that passed.</summary>
        public int Passed { get; internal set; }

        /// <summary>Tests that failed, failed Cleanups and methods the device would never call included.</summary>
        public int Failed { get; internal set; }

        /// <summary>Tests skipped by Assert.SkipTest or by their class's Setup.</summary>
        public int Skipped { get; internal set; }

        /// <summary>Every result, in the order printed.</summary>
        public List<NanoTestResult> Results { get; } = new List<NanoTestResult>();

        /// <summary>1 when anything failed or when no test ran at all, else 0.</summary>
        public int ExitCode => Failed > 0 || Passed + Failed + Skipped == 0 ? 1 : 0;

        /// <summary>"N passed, N failed, N skipped".</summary>
        public string ClosingLine => Passed + " passed, " + Failed + " failed, " + Skipped + " skipped";
    }

    /// <summary>Runs test classes one after the other and prints a line per result.</summary>
    public static class NanoRun
    {
        /// <summary>
        /// Runs the classes in order, writing each result line as its class finishes and then the
        /// closing line. Test output (OutputHelper) goes to the console as it is written.
        /// </summary>
        public static NanoRunSummary Run(IEnumerable<NanoTestClass> classes, TextWriter report)
        {
            var summary = new NanoRunSummary();
            foreach (NanoTestClass testClass in classes)
            {
                foreach (NanoTestResult result in NanoClassRunner.Run(testClass))
                {
                    summary.Results.Add(result);
                    if (result.Outcome == NanoOutcome.Pass) summary.Passed++;
                    else if (result.Outcome == NanoOutcome.Fail) summary.Failed++;
                    else summary.Skipped++;
                    report.WriteLine(result.ToString());
                }
            }

            report.WriteLine(summary.ClosingLine);
            return summary;
        }
    }
}
