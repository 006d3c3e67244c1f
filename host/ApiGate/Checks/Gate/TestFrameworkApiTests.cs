using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Viper.Nano.ApiGate.Gate
{
    /// <summary>
    /// host/UnitTests.Framework must declare exactly the public API of nanoFramework.TestFramework
    /// listed in host/NanoApi/TESTFRAMEWORK-API.md: a test that compiles on the PC then compiles
    /// for the device, and the reverse. Each public type and member of the PC assembly is written
    /// in that file's notation and the two sets are compared.
    /// </summary>
    public class TestFrameworkApiTests
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

        private static readonly Dictionary<Type, string> Keywords = new Dictionary<Type, string>
        {
            [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(char)] = "char", [typeof(double)] = "double",
            [typeof(float)] = "float", [typeof(int)] = "int", [typeof(long)] = "long", [typeof(object)] = "object",
            [typeof(sbyte)] = "sbyte", [typeof(short)] = "short", [typeof(string)] = "string", [typeof(uint)] = "uint",
            [typeof(ulong)] = "ulong", [typeof(ushort)] = "ushort", [typeof(void)] = "void",
        };

        [Fact]
        public void ThePcTestFrameworkDeclaresExactlyTheListedApi()
        {
            var listed = Listed();
            var declared = typeof(nanoFramework.TestFramework.Assert).Assembly.GetExportedTypes()
                .ToDictionary(t => t.FullName, Describe);

            Assert.Equal(listed.Keys.OrderBy(k => k), declared.Keys.OrderBy(k => k));
            foreach (var type in listed.Keys)
            {
                var missing = listed[type].Except(declared[type]).ToList();
                var extra = declared[type].Except(listed[type]).ToList();
                Assert.True(missing.Count == 0 && extra.Count == 0,
                    type + "\nmissing:\n  " + string.Join("\n  ", missing) + "\nnot in the list:\n  " + string.Join("\n  ", extra));
            }
        }

        // "## Type" headings, then one declaration per line. Parameterless constructors are left
        // out on both sides: reflection cannot tell an implicit one from a declared one.
        private static Dictionary<string, HashSet<string>> Listed()
        {
            var result = new Dictionary<string, HashSet<string>>();
            HashSet<string> current = null;
            foreach (var raw in File.ReadLines(RepoPaths.Of("host", "NanoApi", "TESTFRAMEWORK-API.md")))
            {
                var line = raw.Trim();
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    current = new HashSet<string>();
                    result.Add(line.Substring(3).Trim(), current);
                }
                else if (current != null && line.Length > 0 && !line.EndsWith("()", StringComparison.Ordinal))
                {
                    current.Add(line);
                }
            }

            return result;
        }

        private static HashSet<string> Describe(Type type)
        {
            var lines = new HashSet<string>();
            var usage = type.GetCustomAttribute<AttributeUsageAttribute>(false);
            if (usage != null)
            {
                lines.Add("[AttributeUsage(" + Targets(usage.ValidOn) + ", AllowMultiple = " + (usage.AllowMultiple ? "true" : "false") + ")]");
            }

            string kind = type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : "class";
            string baseType = type.BaseType == typeof(object) ? string.Empty : " : " + Name(type.BaseType);
            lines.Add("public " + kind + " " + type.Name + baseType);

            foreach (var ctor in type.GetConstructors(Declared).Where(c => c.GetParameters().Length > 0))
            {
                lines.Add("public " + type.Name + "(" + Parameters(ctor) + ")");
            }

            foreach (var property in type.GetProperties(Declared))
            {
                lines.Add("public " + Name(property.PropertyType) + " " + property.Name + " { " + (property.CanWrite ? "get; set;" : "get;") + " }");
            }

            foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName))
            {
                string modifiers = method.IsStatic ? "static " : method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;
                string obsolete = method.GetCustomAttribute<ObsoleteAttribute>() != null ? "[Obsolete] " : string.Empty;
                lines.Add(obsolete + "public " + modifiers + Name(method.ReturnType) + " " + method.Name + "(" + Parameters(method) + ")");
            }

            return lines;
        }

        private static string Targets(AttributeTargets targets) =>
            string.Join(" | ", targets.ToString().Split(", ").Select(t => "System.AttributeTargets." + t));

        private static string Parameters(MethodBase method) =>
            string.Join(", ", method.GetParameters().Select(p =>
                (p.Position == 0 && method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)) ? "this " : string.Empty)
                + (p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty)
                + Name(p.ParameterType) + " " + p.Name
                + (p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : string.Empty)));

        private static string Literal(object value) => value == null ? "null" : value is string s ? "\"" + s + "\"" : value.ToString();

        private static string Name(Type type) =>
            type.IsArray ? Name(type.GetElementType()) + "[]" : Keywords.TryGetValue(type, out var keyword) ? keyword : type.FullName;
    }
}
