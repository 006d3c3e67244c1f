using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using Viper.Nano.TestRunner;

namespace Viper.Nano.UnitTests.Adapter
{
    /// <summary>
    /// The nanoFramework-style tests of Viper.Nano.Tests (assembly NFUnitTest), found once, and
    /// their results. A class runs whole, the first time one of its tests is asked for: Setup
    /// once, every test in the device launcher's order, Cleanup once, exactly as the command-line
    /// runner does; each xunit row then reports its own recorded result.
    /// </summary>
    public static class NanoSuite
    {
        private static readonly Lazy<NanoTestClass[]> LazyClasses =
            new Lazy<NanoTestClass[]>(() => NanoTestDiscovery.Discover(Assembly.Load("NFUnitTest")));

        private static readonly ConcurrentDictionary<string, Lazy<NanoTestResult[]>> Runs =
            new ConcurrentDictionary<string, Lazy<NanoTestResult[]>>(StringComparer.Ordinal);

        /// <summary>The test classes of NFUnitTest.</summary>
        public static NanoTestClass[] Classes => LazyClasses.Value;

        /// <summary>The class's name, by <see cref="NanoTestClass.Name"/>.</summary>
        public static NanoTestClass Class(string name) =>
            Classes.SingleOrDefault(c => c.Name == name) ?? throw new InvalidOperationException("No nano test class " + name);

        /// <summary>Every result of the class's one run (run on first use, output captured).</summary>
        public static NanoTestResult[] ResultsOf(string className) =>
            Runs.GetOrAdd(className, name => new Lazy<NanoTestResult[]>(() => NanoClassRunner.Run(Class(name), captureOutput: true))).Value;

        /// <summary>The recorded result of one test (or of a method the device would never call).</summary>
        public static NanoTestResult ResultOf(NanoTestId id) =>
            ResultsOf(id.ClassName).SingleOrDefault(r => r.Name == id.TestName)
            ?? throw new InvalidOperationException("The run of " + id.ClassName + " has no result named " + id.TestName);
    }
}
