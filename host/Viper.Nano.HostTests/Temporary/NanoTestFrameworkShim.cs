// TEMPORARY (deleted at integration, when the nanoFramework-style test runner lands): a .NET
// implementation of the nanoFramework.TestFramework 3.0.x API that Viper.Nano.Tests compiles
// against (signatures from host/NanoApi/TESTFRAMEWORK-API.md, non-obsolete members only), so that
// NanoWsTestsShim.cs can run those tests under xunit today.
using System;
using System.Collections;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        public DataRowAttribute(params object[] methodParameters) { MethodParameters = methodParameters; }
        public object[] MethodParameters { get; }
    }

    public class SkipTestException : Exception
    {
        public SkipTestException(string message = null, Exception innerException = null) : base(message, innerException) { }
    }

    public static class OutputHelper
    {
        public static void Write(string message) { Console.Write(message); }
        public static void WriteLine(string message) { Console.WriteLine(message); }
    }

    public static class TestExtensions
    {
        public static bool SequenceEqual(this Array a, Array b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (!Equals(a.GetValue(i), b.GetValue(i))) return false;
            return true;
        }
    }

    public sealed class Assert
    {
        public static void AreEqual(bool expected, bool actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(byte expected, byte actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(char expected, char actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(global::System.DateTime expected, global::System.DateTime actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(double expected, double actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(float expected, float actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(int expected, int actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(long expected, long actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(object expected, object actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(short expected, short actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(string expected, string actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(uint expected, uint actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(ulong expected, ulong actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreEqual(ushort expected, ushort actual, string message = "") { if (!Equals(expected, actual)) Fail("AreEqual", expected, actual, message); }
        public static void AreNotEqual(bool notExpected, bool actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(byte notExpected, byte actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(char notExpected, char actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(global::System.DateTime notExpected, global::System.DateTime actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(double notExpected, double actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(float notExpected, float actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(int notExpected, int actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(long notExpected, long actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(object notExpected, object actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(short notExpected, short actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(string notExpected, string actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(uint notExpected, uint actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") { if (Equals(notExpected, actual)) Fail("AreNotEqual", notExpected, actual, message); }
        public static void AreSame(object expected, object actual, string message = "") { if (!ReferenceEquals(expected, actual)) Fail("AreSame", expected, actual, message); }
        public static void AreNotSame(object notExpected, object actual, string message = "") { if (ReferenceEquals(notExpected, actual)) Fail("AreNotSame", notExpected, actual, message); }
        public static void Contains(string expected, string value, string message = "") { if (value == null || !value.Contains(expected)) Fail("Contains", expected, value, message); }
        public static void DoesNotContains(string notExpected, string value, string message = "") { if (value != null && value.Contains(notExpected)) Fail("DoesNotContains", notExpected, value, message); }
        public static void StartsWith(string expected, string value, string message = "") { if (value == null || !value.StartsWith(expected, StringComparison.Ordinal)) Fail("StartsWith", expected, value, message); }
        public static void EndsWith(string expected, string value, string message = "") { if (value == null || !value.EndsWith(expected, StringComparison.Ordinal)) Fail("EndsWith", expected, value, message); }
        public static void IsTrue(bool condition, string message = "") { if (!condition) Fail("IsTrue", true, false, message); }
        public static void IsFalse(bool condition, string message = "") { if (condition) Fail("IsFalse", false, true, message); }
        public static void IsNull(object value, string message = "") { if (value != null) Fail("IsNull", null, value, message); }
        public static void IsNotNull(object value, string message = "") { if (value == null) Fail("IsNotNull", "not null", null, message); }
        public static void IsInstanceOfType(object value, Type expected, string message = "") { if (!expected.IsInstanceOfType(value)) Fail("IsInstanceOfType", expected, value, message); }
        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "") { if (notExpected.IsInstanceOfType(value)) Fail("IsNotInstanceOfType", notExpected, value, message); }
        public static void SkipTest(string message = null) { throw new SkipTestException(message); }

        public static void ThrowsException(Type exception, Action action, string message = "")
        {
            try { action(); }
            catch (Exception e)
            {
                if (e.GetType() == exception) return;
                Fail("ThrowsException", exception, e.GetType(), message);
            }

            Fail("ThrowsException", exception, "no exception", message);
        }

        internal static void Fail(string what, object expected, object actual, string message)
        {
            throw new TestFrameworkShared.AssertFailedException(what + " failed. Expected: <" + expected + ">, actual: <" + actual + ">. " + message);
        }
    }

    public sealed class CollectionAssert
    {
        public static void Empty(ICollection collection, string message = "") { if (collection.Count != 0) Assert.Fail("Empty", 0, collection.Count, message); }
        public static void NotEmpty(ICollection collection, string message = "") { if (collection.Count == 0) Assert.Fail("NotEmpty", "> 0", 0, message); }
        public static void AreEqual(ICollection expected, ICollection actual, string message = "") { if (!Same(expected, actual)) Assert.Fail("CollectionAssert.AreEqual", Show(expected), Show(actual), message); }
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "") { if (Same(notExpected, actual)) Assert.Fail("CollectionAssert.AreNotEqual", Show(notExpected), Show(actual), message); }

        private static bool Same(ICollection a, ICollection b)
        {
            if (a == null || b == null) return a == b;
            if (a.Count != b.Count) return false;
            IEnumerator x = a.GetEnumerator();
            IEnumerator y = b.GetEnumerator();
            while (x.MoveNext() && y.MoveNext()) if (!Equals(x.Current, y.Current)) return false;
            return true;
        }

        private static string Show(ICollection c)
        {
            if (c == null) return "null";
            var parts = new System.Collections.Generic.List<string>();
            foreach (object o in c) parts.Add(o == null ? "null" : o.ToString());
            return "[" + string.Join(",", parts) + "]";
        }
    }
}

namespace TestFrameworkShared
{
    public class AssertFailedException : Exception
    {
        public AssertFailedException() { }
        public AssertFailedException(string msg) : base(msg) { }
        public AssertFailedException(string msg, Exception ex) : base(msg, ex) { }
    }
}
