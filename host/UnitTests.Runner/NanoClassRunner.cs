using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using nanoFramework.TestFramework;
using TestFrameworkShared;

namespace Viper.Nano.TestRunner
{
    /// <summary>
    /// Runs one test class as nanoFramework's UnitTestLauncher does: its Setup methods once, then
    /// every [TestMethod], then every [DataRow], then its Cleanup methods once, all in one go.
    /// The launcher invokes every method with a null target (tests keep their state static); an
    /// instance method cannot be called that way on .NET, so one instance is made per class run.
    /// Where the launcher is silent, this is stricter:
    /// - a Setup that throws SkipTestException skips every test of the class (as on the device)
    ///   and Cleanup does not run; any other Setup failure fails every test with the reason
    ///   instead of running them on a half-built state (the device runs them anyway), then
    ///   Cleanup runs;
    /// - a failing Cleanup is reported as a failed result of its own, named Class.Method.
    /// </summary>
    public static class NanoClassRunner
    {
        private static readonly object ConsoleLock = new object();

        /// <summary>
        /// Runs the class and returns one result per test, then one per non-public test method
        /// and per failed Cleanup. With <paramref name="captureOutput"/>, each result keeps what
        /// its test wrote to the console (the console is swapped for the run, under a lock).
        /// </summary>
        public static NanoTestResult[] Run(NanoTestClass testClass, bool captureOutput = false)
        {
            if (!captureOutput) return new ClassRun(testClass, null).Run();
            lock (ConsoleLock)
            {
                TextWriter console = Console.Out;
                var output = new StringWriter(CultureInfo.InvariantCulture);
                try
                {
                    Console.SetOut(output);
                    return new ClassRun(testClass, output).Run();
                }
                finally
                {
                    Console.SetOut(console);
                }
            }
        }

        private sealed class ClassRun
        {
            private readonly NanoTestClass _class;
            private readonly StringWriter _output;
            private object _instance;
            private string _noInstance;

            public ClassRun(NanoTestClass testClass, StringWriter output)
            {
                _class = testClass;
                _output = output;
            }

            public NanoTestResult[] Run()
            {
                var results = new List<NanoTestResult>();
                string setupFailure = null;
                foreach (MethodInfo setup in _class.Setups)
                {
                    NanoTestResult r = Invoke(_class.Name + "." + setup.Name, setup, null);
                    if (r.Outcome == NanoOutcome.Skip)
                    {
                        // The launcher stops here: no test, no Cleanup.
                        foreach (NanoTestCase test in _class.Tests)
                        {
                            results.Add(new NanoTestResult(test.Name, NanoOutcome.Skip, "Setup " + setup.Name + " skipped the class: " + r.Message));
                        }

                        results.AddRange(_class.Problems);
                        return results.ToArray();
                    }

                    if (r.Outcome == NanoOutcome.Fail && setupFailure == null)
                    {
                        setupFailure = "Setup " + setup.Name + " failed, so the test did not run: " + r.Message;
                        if (_class.Tests.Length == 0) results.Add(r);
                    }
                }

                foreach (NanoTestCase test in _class.Tests)
                {
                    results.Add(setupFailure != null
                        ? new NanoTestResult(test.Name, NanoOutcome.Fail, setupFailure)
                        : Invoke(test.Name, test.Method, test.Arguments));
                }

                results.AddRange(_class.Problems);
                foreach (MethodInfo cleanup in _class.Cleanups)
                {
                    NanoTestResult r = Invoke(_class.Name + "." + cleanup.Name, cleanup, null);
                    if (r.Outcome == NanoOutcome.Fail)
                    {
                        results.Add(new NanoTestResult(r.Name, NanoOutcome.Fail, "Cleanup failed: " + r.Message, r.Detail) { Output = r.Output });
                    }
                }

                return results.ToArray();
            }

            private NanoTestResult Invoke(string name, MethodInfo method, object[] arguments)
            {
                int expected = method.GetParameters().Length;
                int given = arguments == null ? 0 : arguments.Length;
                if (expected != given)
                {
                    string why = arguments == null
                        ? "takes " + expected + " parameter(s) but has no [DataRow]"
                        : "takes " + expected + " parameter(s) but the data row gives " + given;
                    return new NanoTestResult(name, NanoOutcome.Fail, why + ".");
                }

                object target = null;
                if (!method.IsStatic && !TryGetInstance(out target))
                {
                    return new NanoTestResult(name, NanoOutcome.Fail, _noInstance);
                }

                int mark = _output == null ? 0 : _output.GetStringBuilder().Length;
                NanoTestResult result = Call(name, method, target, arguments);
                if (_output != null) result.Output = _output.GetStringBuilder().ToString(mark, _output.GetStringBuilder().Length - mark);
                return result;
            }

            private static NanoTestResult Call(string name, MethodInfo method, object target, object[] arguments)
            {
                try
                {
                    method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture);
                    return new NanoTestResult(name, NanoOutcome.Pass, null);
                }
                catch (Exception ex) when (ex.GetType() == typeof(SkipTestException))
                {
                    // Exactly this type, as the launcher checks; a derived exception is a failure.
                    return new NanoTestResult(name, NanoOutcome.Skip, ex.Message);
                }
                catch (AssertFailedException ex)
                {
                    return new NanoTestResult(name, NanoOutcome.Fail, ex.Message);
                }
                catch (Exception ex)
                {
                    return new NanoTestResult(name, NanoOutcome.Fail, ex.GetType().FullName + ": " + ex.Message, ex.ToString());
                }
            }

            private bool TryGetInstance(out object instance)
            {
                if (_instance == null && _noInstance == null)
                {
                    try
                    {
                        _instance = Activator.CreateInstance(_class.Type, nonPublic: true);
                    }
                    catch (Exception ex)
                    {
                        Exception cause = ex is TargetInvocationException tie && tie.InnerException != null ? tie.InnerException : ex;
                        _noInstance = "is an instance method, and " + _class.Type.Name + " could not be created (" + cause.GetType().Name + ": " + cause.Message
                            + "). The device calls test methods with no instance: make it static.";
                    }
                }

                instance = _instance;
                return _instance != null;
            }
        }
    }
}
