using System;
using System.Reflection;

namespace Viper.Nano.TestRunner
{
    /// <summary>How one nano test ended.</summary>
    public enum NanoOutcome
    {
        /// <summary>Returned normally.</summary>
        Pass,

        /// <summary>Threw anything but SkipTestException, or could not run.</summary>
        Fail,

        /// <summary>Threw exactly SkipTestException (Assert.SkipTest), or its class's Setup did.</summary>
        Skip,
    }

    /// <summary>A [TestClass] as the device's launcher sees it.</summary>
    public sealed class NanoTestClass
    {
        internal NanoTestClass(Type type, string name, MethodInfo[] setups, MethodInfo[] cleanups, NanoTestCase[] tests, NanoTestResult[] problems)
        {
            Type = type;
            Name = name;
            Setups = setups;
            Cleanups = cleanups;
            Tests = tests;
            Problems = problems;
        }

        /// <summary>The class.</summary>
        public Type Type { get; }

        /// <summary>The name test names start with: the class name, or its full name when two classes share it.</summary>
        public string Name { get; }

        /// <summary>Public [Setup] methods, in declaration order: run once, before the tests.</summary>
        public MethodInfo[] Setups { get; }

        /// <summary>Public [Cleanup] methods, in declaration order: run once, after the tests.</summary>
        public MethodInfo[] Cleanups { get; }

        /// <summary>Every run, in the launcher's order: [TestMethod]s first, then each [DataRow].</summary>
        public NanoTestCase[] Tests { get; }

        /// <summary>
        /// Failures found without running anything: test attributes on a method the device would
        /// never call (not public). Reported with the class's results.
        /// </summary>
        public NanoTestResult[] Problems { get; }
    }

    /// <summary>One run of a test method: a [TestMethod], or one [DataRow] of a method.</summary>
    public sealed class NanoTestCase
    {
        internal NanoTestCase(string name, MethodInfo method, object[] arguments)
        {
            Name = name;
            Method = method;
            Arguments = arguments;
        }

        /// <summary>Unique name: Class.Method, or Class.Method(1, "x") for a data row.</summary>
        public string Name { get; }

        /// <summary>The test method.</summary>
        public MethodInfo Method { get; }

        /// <summary>The data row's arguments; null for a [TestMethod].</summary>
        public object[] Arguments { get; }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }

    /// <summary>The result of one test (or of a Cleanup that failed).</summary>
    public sealed class NanoTestResult
    {
        internal NanoTestResult(string name, NanoOutcome outcome, string message, string detail = null)
        {
            Name = name;
            Outcome = outcome;
            Message = message ?? string.Empty;
            Detail = detail;
        }

        /// <summary>The test's name (see <see cref="NanoTestCase.Name"/>).</summary>
        public string Name { get; }

        /// <summary>Pass, fail or skip.</summary>
        public NanoOutcome Outcome { get; }

        /// <summary>Why it failed or was skipped; empty for a pass.</summary>
        public string Message { get; }

        /// <summary>The exception in full for an unexpected one, else null.</summary>
        public string Detail { get; }

        /// <summary>What the test wrote to the console (OutputHelper), when the run captured it.</summary>
        public string Output { get; internal set; } = string.Empty;

        /// <summary>The report line: PASS Name, FAIL Name: message, SKIP Name: reason.</summary>
        public override string ToString()
        {
            string word = Outcome == NanoOutcome.Pass ? "PASS" : Outcome == NanoOutcome.Fail ? "FAIL" : "SKIP";
            if (Outcome == NanoOutcome.Pass) return word + " " + Name;
            return word + " " + Name + ": " + Message.Replace("\r\n", " ").Replace('\n', ' ');
        }
    }
}
