// TEMPORARY (deleted at integration, when the nanoFramework-style test runner lands): runs the
// tests under Viper.Nano.Tests (compiled into this assembly, see the .csproj) through xunit by
// reflection, the way the device runner does: static methods, [Setup]/[Cleanup] once per class,
// one case per [TestMethod] and per [DataRow].
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using nanoFramework.TestFramework;
using Xunit;

namespace Viper.Nano.HostTests.Temporary
{
    public class NanoWsTestsShim
    {
        private static readonly Assembly Tests = typeof(Viper.Nano.Tests.Support.Bytes).Assembly;
        private static readonly HashSet<Type> SetUp = new HashSet<Type>();

        public static IEnumerable<object[]> Cases()
        {
            foreach (Type type in Tests.GetTypes().Where(t => t.GetCustomAttribute<TestClassAttribute>() != null).OrderBy(t => t.FullName))
            {
                foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    var rows = method.GetCustomAttributes<DataRowAttribute>().ToArray();
                    if (rows.Length > 0)
                    {
                        for (int i = 0; i < rows.Length; i++) yield return new object[] { type.FullName, method.Name, i };
                    }
                    else if (method.GetCustomAttribute<TestMethodAttribute>() != null)
                    {
                        yield return new object[] { type.FullName, method.Name, -1 };
                    }
                }
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Run(string className, string methodName, int row)
        {
            Type type = Tests.GetType(className);
            MethodInfo method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            Xunit.Assert.True(method.IsStatic, "nanoFramework tests must be static: " + className + "." + methodName);
            lock (SetUp)
            {
                if (SetUp.Add(type))
                {
                    foreach (MethodInfo setup in type.GetMethods().Where(m => m.GetCustomAttribute<SetupAttribute>() != null))
                        setup.Invoke(null, null);
                }
            }

            object[] args = row < 0 ? null : method.GetCustomAttributes<DataRowAttribute>().ToArray()[row].MethodParameters;
            try
            {
                method.Invoke(null, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is SkipTestException)
            {
                // A skipped nano test counts as passed here; the real runner reports it.
            }
            catch (TargetInvocationException e)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
        }
    }
}
