using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Viper.Nano.ApiGate.Gate
{
    /// <summary>
    /// nanoFramework 1.x cannot run generics: an assembly that merely defines a generic type
    /// crashes the interpreter while it resolves assemblies. The C# compiler accepts them, and the
    /// API gate cannot see a definition (only uses of missing APIs), so this looks at what was built.
    /// </summary>
    public class NoGenericsTests
    {
        private const BindingFlags Everything =
            BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        public static TheoryData<string> DeviceAssemblies() => new TheoryData<string> { "Viper.Nano", "Viper.Nano.Samples.SensorBroadcast" };

        [Theory]
        [MemberData(nameof(DeviceAssemblies))]
        public void DefinesNoGenericTypeOrMethod(string assemblyName)
        {
            var assembly = Assembly.Load(assemblyName);
            var offenders = assembly.GetTypes()
                .SelectMany(t => (t.IsGenericTypeDefinition ? new[] { "type " + t.FullName } : Array.Empty<string>())
                    .Concat(t.GetMethods(Everything).Concat<MethodBase>(t.GetConstructors(Everything))
                        .Where(m => m.IsGenericMethodDefinition)
                        .Select(m => "method " + t.FullName + "." + m.Name)))
                .ToList();
            Assert.True(offenders.Count == 0, assemblyName + " defines generics the device cannot run: " + string.Join(", ", offenders));
        }

        [Theory]
        [MemberData(nameof(DeviceAssemblies))]
        public void UsesNoGenericTypeInItsSignatures(string assemblyName)
        {
            // Fields, parameters and return types of constructed generic types (List<int>, Action<T>)
            // are caught by the gate as missing APIs; this says which member, in plainer words.
            var assembly = Assembly.Load(assemblyName);
            var offenders = assembly.GetTypes()
                .SelectMany(t => t.GetFields(Everything).Where(f => f.FieldType.IsGenericType).Select(f => t.FullName + "." + f.Name)
                    .Concat(t.GetMethods(Everything)
                        .Where(m => m.ReturnType.IsGenericType || m.GetParameters().Any(p => p.ParameterType.IsGenericType))
                        .Select(m => t.FullName + "." + m.Name + "()")))
                .ToList();
            Assert.True(offenders.Count == 0, assemblyName + " has generic types in signatures: " + string.Join(", ", offenders));
        }
    }
}
