using System;
using System.Globalization;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Assertions with the device's semantics: a failure throws <see cref="AssertFailedException"/>
    /// whose message names the assertion and gives expected and actual values, followed by the
    /// caller's message. Strings compare ordinally, as every string comparison on the device does.
    /// </summary>
    public sealed partial class Assert
    {
        /// <summary>Passes when both are the same reference.</summary>
        public static void AreSame(object expected, object actual, string message = "")
        {
            if (ReferenceEquals(expected, actual)) return;
            string hint = expected is ValueType || actual is ValueType
                ? " A value type is boxed anew on every call, so it is never the same: use AreEqual."
                : string.Empty;
            Fail("Assert.AreSame", "expected the same object as <" + Show(expected) + ">, actual <" + Show(actual) + ">." + hint, message);
        }

        /// <summary>Passes when the two are different references.</summary>
        public static void AreNotSame(object notExpected, object actual, string message = "")
        {
            if (!ReferenceEquals(notExpected, actual)) return;
            Fail("Assert.AreNotSame", "both are the same object <" + Show(actual) + ">.", message);
        }

        /// <summary>Passes when <paramref name="value"/> contains <paramref name="expected"/> (ordinal).</summary>
        public static void Contains(string expected, string value, string message = "")
        {
            RequireNotNull(expected, "Assert.Contains", nameof(expected));
            RequireNotNull(value, "Assert.Contains", nameof(value));
            if (value.Contains(expected, StringComparison.Ordinal)) return;
            Fail("Assert.Contains", "expected <" + Show(value) + "> to contain <" + Show(expected) + ">.", message);
        }

        /// <summary>Passes when <paramref name="value"/> does not contain <paramref name="notExpected"/> (ordinal).</summary>
        public static void DoesNotContains(string notExpected, string value, string message = "")
        {
            RequireNotNull(notExpected, "Assert.DoesNotContains", nameof(notExpected));
            RequireNotNull(value, "Assert.DoesNotContains", nameof(value));
            if (!value.Contains(notExpected, StringComparison.Ordinal)) return;
            Fail("Assert.DoesNotContains", "expected <" + Show(value) + "> not to contain <" + Show(notExpected) + ">.", message);
        }

        /// <summary>Passes when <paramref name="value"/> starts with <paramref name="expected"/> (ordinal).</summary>
        public static void StartsWith(string expected, string value, string message = "")
        {
            RequireNotNull(expected, "Assert.StartsWith", nameof(expected));
            RequireNotNull(value, "Assert.StartsWith", nameof(value));
            if (value.StartsWith(expected, StringComparison.Ordinal)) return;
            Fail("Assert.StartsWith", "expected <" + Show(value) + "> to start with <" + Show(expected) + ">.", message);
        }

        /// <summary>Passes when <paramref name="value"/> ends with <paramref name="expected"/> (ordinal).</summary>
        public static void EndsWith(string expected, string value, string message = "")
        {
            RequireNotNull(expected, "Assert.EndsWith", nameof(expected));
            RequireNotNull(value, "Assert.EndsWith", nameof(value));
            if (value.EndsWith(expected, StringComparison.Ordinal)) return;
            Fail("Assert.EndsWith", "expected <" + Show(value) + "> to end with <" + Show(expected) + ">.", message);
        }

        /// <summary>Passes when the condition is true.</summary>
        public static void IsTrue(bool condition, string message = "")
        {
            if (!condition) Fail("Assert.IsTrue", "expected <True>, actual <False>.", message);
        }

        /// <summary>Passes when the condition is false.</summary>
        public static void IsFalse(bool condition, string message = "")
        {
            if (condition) Fail("Assert.IsFalse", "expected <False>, actual <True>.", message);
        }

        /// <summary>Passes when the value is null.</summary>
        public static void IsNull(object value, string message = "")
        {
            if (value != null) Fail("Assert.IsNull", "expected <(null)>, actual <" + Show(value) + ">.", message);
        }

        /// <summary>Passes when the value is not null.</summary>
        public static void IsNotNull(object value, string message = "")
        {
            if (value == null) Fail("Assert.IsNotNull", "expected a value, actual <(null)>.", message);
        }

        /// <summary>
        /// Passes when the value's runtime type is exactly <paramref name="expected"/>. As on the
        /// device, a derived type or an implemented interface does not pass.
        /// </summary>
        public static void IsInstanceOfType(object value, Type expected, string message = "")
        {
            RequireNotNull(expected, "Assert.IsInstanceOfType", nameof(expected));
            if (value != null && value.GetType() == expected) return;
            Fail("Assert.IsInstanceOfType", "expected type <" + expected + ">, actual type <" + (value == null ? "(null)" : value.GetType().ToString()) + ">.", message);
        }

        /// <summary>Passes when the value is null or its runtime type is not exactly <paramref name="notExpected"/>.</summary>
        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "")
        {
            RequireNotNull(notExpected, "Assert.IsNotInstanceOfType", nameof(notExpected));
            if (value == null || value.GetType() != notExpected) return;
            Fail("Assert.IsNotInstanceOfType", "expected any type but <" + notExpected + ">, actual type <" + value.GetType() + ">.", message);
        }

        /// <summary>Ends the test as skipped, with the reason.</summary>
        public static void SkipTest(string message = null)
        {
            throw new SkipTestException(message);
        }

        /// <summary>
        /// Passes when <paramref name="action"/> throws an exception of exactly the type
        /// <paramref name="exception"/>. A derived type fails, as on the device.
        /// </summary>
        public static void ThrowsException(Type exception, Action action, string message = "")
        {
            RequireNotNull(exception, "Assert.ThrowsException", nameof(exception));
            RequireNotNull(action, "Assert.ThrowsException", nameof(action));
            try
            {
                action();
            }
            catch (Exception thrown)
            {
                if (thrown.GetType() == exception) return;
                Fail("Assert.ThrowsException", "expected <" + exception.Name + ">, actual <" + thrown.GetType().Name + ">: " + thrown.Message, message);
            }

            Fail("Assert.ThrowsException", "expected <" + exception.Name + ">, actual: nothing was thrown.", message);
        }

        internal static void RequireNotNull(object argument, string assertion, string parameter)
        {
            if (argument == null) Fail(assertion, "the argument '" + parameter + "' is null.", string.Empty);
        }

        internal static void Fail(string assertion, string reason, string message)
        {
            string text = assertion + " failed: " + reason;
            if (!string.IsNullOrEmpty(message)) text += " " + message;
            throw new AssertFailedException(text);
        }

        /// <summary>A value as failure messages show it: (null), invariant numbers, NULs made visible.</summary>
        internal static string Show(object value)
        {
            if (value == null) return "(null)";
            string text = value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : value.ToString();
            return text == null ? "(object)" : text.Replace("\0", "\\0", StringComparison.Ordinal);
        }
    }
}
