using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using nanoFramework.TestFramework;

namespace Viper.Nano.TestRunner
{
    /// <summary>
    /// Finds tests the way nanoFramework's UnitTestLauncher does: every class whose attributes
    /// (inherited ones included) hold exactly TestClassAttribute; in it, the public methods
    /// (Type.GetMethods()) whose attributes are exactly Setup, TestMethod, DataRow or Cleanup.
    /// A method with both TestMethod and DataRow runs once per row only.
    /// </summary>
    public static class NanoTestDiscovery
    {
        private const BindingFlags NonPublicDeclared =
            BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

        /// <summary>The test classes of an assembly, in metadata (declaration) order.</summary>
        public static NanoTestClass[] Discover(Assembly assembly)
        {
            Type[] types = assembly.GetTypes()
                .Where(t => t.IsClass && IsTestClass(t))
                .OrderBy(t => t.MetadataToken)
                .ToArray();
            var shortNames = types.GroupBy(t => t.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
            return types.Select(t => ForType(t, shortNames.Contains(t.Name) ? t.Name : t.FullName)).ToArray();
        }

        /// <summary>One test class, its tests named after <paramref name="name"/> (default: the class name).</summary>
        public static NanoTestClass ForType(Type type, string name = null)
        {
            name ??= type.Name;
            MethodInfo[] methods = type.GetMethods()
                .OrderBy(m => m.DeclaringType == type ? 0 : 1)
                .ThenBy(m => m.MetadataToken)
                .ToArray();
            var tests = new List<NanoTestCase>();
            var names = new HashSet<string>(StringComparer.Ordinal);

            // The launcher makes one pass for TestMethod, then one for DataRow.
            foreach (MethodInfo method in methods)
            {
                if (Attributes(method).Any(a => a.GetType() == typeof(TestMethodAttribute)))
                {
                    tests.Add(new NanoTestCase(Unique(name + "." + method.Name, names), method, null));
                }
            }

            foreach (MethodInfo method in methods)
            {
                foreach (DataRowAttribute row in Attributes(method).Where(a => a.GetType() == typeof(DataRowAttribute)).Cast<DataRowAttribute>())
                {
                    string rowName = name + "." + method.Name + "(" + DisplayArguments.Format(row.MethodParameters) + ")";
                    tests.Add(new NanoTestCase(Unique(rowName, names), method, row.MethodParameters));
                }
            }

            return new NanoTestClass(
                type,
                name,
                methods.Where(m => Attributes(m).Any(a => a.GetType() == typeof(SetupAttribute))).ToArray(),
                methods.Where(m => Attributes(m).Any(a => a.GetType() == typeof(CleanupAttribute))).ToArray(),
                tests.ToArray(),
                NeverCalled(type, name));
        }

        private static bool IsTestClass(Type type) =>
            type.GetCustomAttributes(true).Any(a => a.GetType() == typeof(TestClassAttribute));

        private static object[] Attributes(MethodInfo method) =>
            Helper.RemoveTestMethodIfDataRowExists(method.GetCustomAttributes(true));

        private static bool IsTestAttribute(object attribute) =>
            attribute is TestMethodAttribute || attribute is DataRowAttribute || attribute is SetupAttribute || attribute is CleanupAttribute;

        // The device's launcher lists only public methods, so a private [TestMethod] silently never
        // runs there. Say so instead of letting it pass unseen.
        private static NanoTestResult[] NeverCalled(Type type, string name) =>
            type.GetMethods(NonPublicDeclared)
                .Where(m => m.GetCustomAttributes(true).Any(IsTestAttribute))
                .OrderBy(m => m.MetadataToken)
                .Select(m => new NanoTestResult(
                    name + "." + m.Name,
                    NanoOutcome.Fail,
                    "is not public: the device's launcher only calls public methods, so it would never run."))
                .ToArray();

        private static string Unique(string name, HashSet<string> taken)
        {
            string candidate = name;
            for (int n = 2; !taken.Add(candidate); n++) candidate = name + " #" + n;
            return candidate;
        }
    }
}
