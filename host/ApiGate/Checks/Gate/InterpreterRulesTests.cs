using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Viper.Nano.ApiGate.Gate
{
    /// <summary>
    /// What nanoCLR and the stock metadata processor do differently from .NET, caught on the PC
    /// where it can be (../shared/nanoframework-facts.md, "What the interpreter does differently"):
    /// attribute constructors the device's attribute reader confuses, null attribute arguments the
    /// metadata processor cannot write, and string literals with NUL, which end a device string.
    /// </summary>
    public class InterpreterRulesTests
    {
        private const BindingFlags Everything =
            BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        public static TheoryData<string> DeviceAssemblies() => new TheoryData<string>
        {
            "Viper.Nano", "Viper.Nano.Samples.SensorBroadcast", "Viper.Nano.Samples.WebSocketGuide", "NFUnitTest",
        };

        // With two or more positional arguments, CoreLibrary's CustomAttributesHelpers first asks
        // for a constructor taking one object[], and the interpreter answers with any
        // one-parameter constructor; constructors of equal arity are told apart by argument type
        // only. One constructor with parameters (optional ones included) is always safe.
        [Theory]
        [MemberData(nameof(DeviceAssemblies))]
        public void AttributeClassesHaveConstructorsTheDeviceCanTellApart(string assemblyName)
        {
            var offenders = new List<string>();
            foreach (Type t in Assembly.Load(assemblyName).GetTypes().Where(t => typeof(Attribute).IsAssignableFrom(t) && !t.IsAbstract))
            {
                int[] arities = t.GetConstructors().Select(c => c.GetParameters().Length).Where(n => n > 0).ToArray();
                bool oneAndMore = arities.Contains(1) && arities.Any(n => n > 1);
                bool sameArity = arities.Distinct().Count() != arities.Length;
                if (oneAndMore || sameArity) offenders.Add(t.FullName + " (constructors with " + string.Join(", ", arities) + " parameters)");
            }

            Assert.True(offenders.Count == 0, "attribute classes whose constructors nanoFramework's attribute reader confuses (give each one constructor, with optional parameters): " + string.Join("; ", offenders));
        }

        [Theory]
        [MemberData(nameof(DeviceAssemblies))]
        public void NoAttributeArgumentIsNull(string assemblyName)
        {
            var offenders = new List<string>();
            foreach (Type t in Assembly.Load(assemblyName).GetTypes())
            {
                IEnumerable<MemberInfo> members = new MemberInfo[] { t }.Concat(t.GetMembers(Everything));
                foreach (MemberInfo m in members)
                {
                    foreach (CustomAttributeData a in m.GetCustomAttributesData())
                    {
                        if (a.ConstructorArguments.Any(HasNull)) offenders.Add(t.FullName + "." + m.Name + ": [" + a.AttributeType.Name + "(...)]");
                    }
                }
            }

            Assert.True(offenders.Count == 0, "null attribute arguments (the stock metadata processor cannot write them, so the device build fails): " + string.Join("; ", offenders));
        }

        private static bool HasNull(CustomAttributeTypedArgument argument)
        {
            if (argument.Value == null) return !argument.ArgumentType.IsValueType;
            return argument.Value is IEnumerable<CustomAttributeTypedArgument> items && items.Any(HasNull);
        }

        [Fact]
        public void NoStringLiteralInDeviceCodeHoldsNul()
        {
            var offenders = new List<string>();
            foreach (string folder in new[] { "Viper.Nano", "Viper.Nano.Tests", "samples" })
            {
                foreach (string path in Directory.EnumerateFiles(RepoPaths.Of(folder), "*.cs", SearchOption.AllDirectories))
                {
                    if (path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)) continue;
                    foreach (int line in CSharpLiterals.LinesOfStringLiteralsWithNul(File.ReadAllText(path)))
                    {
                        offenders.Add(Path.GetRelativePath(RepoPaths.Root, path) + ":" + line);
                    }
                }
            }

            Assert.True(offenders.Count == 0, "string literals with NUL (a device string ends there; build such input as byte[]): " + string.Join(", ", offenders));
        }

        [Theory]
        [InlineData("var s = \"a\\0b\";", 1)]
        [InlineData("var s = \"a\\u0000b\";", 1)]
        [InlineData("var s = \"a\\x0\";", 1)]
        [InlineData("var s = $\"{x}\\0\";", 1)]
        [InlineData("var s = \"ok\";\nvar t = \"\\0\";", 2)]
        [InlineData("char c = '\\0';", 0)]
        [InlineData("// \"a\\0b\"\nvar s = @\"\\0\";", 0)]
        [InlineData("/* \"\\0\" */ var s = \"\\\\0\";", 0)]
        public void TheScanFindsNulEscapesOnlyInStringLiterals(string source, int line)
        {
            int[] found = CSharpLiterals.LinesOfStringLiteralsWithNul(source).ToArray();
            Assert.Equal(line == 0 ? Array.Empty<int>() : new[] { line }, found);
        }
    }
}
