using System;
using System.Collections;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The xunit-style names nanoFramework keeps for old tests and marks obsolete (so using one
    /// is a warning, which fails the build here as in the gate). Each forwards to its current
    /// assertion. Equal/NotEqual on two arrays compare the references, as nanoFramework's do:
    /// use CollectionAssert to compare elements.
    /// </summary>
    public sealed partial class Assert
    {
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Empty(ICollection collection, string message = "") => CollectionAssert.Empty(collection, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(Array expected, Array actual, string message = "") => CheckEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(bool expected, bool actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(byte expected, byte actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(char expected, char actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(DateTime expected, DateTime actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(double expected, double actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(float expected, float actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(int expected, int actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(long expected, long actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(sbyte expected, sbyte actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(short expected, short actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(string expected, string actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(uint expected, uint actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(ulong expected, ulong actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Equal(ushort expected, ushort actual, string message = "") => AreEqual(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void False(bool condition, string message = "") => IsFalse(condition, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void IsNotType(Type wrongType, object value, string message = "") => IsNotInstanceOfType(value, wrongType, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void IsType(Type expectedType, object value, string message = "") => IsInstanceOfType(value, expectedType, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEmpty(ICollection collection, string message = "") => CollectionAssert.NotEmpty(collection, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(Array notExpected, Array actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(bool notExpected, bool actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(byte notExpected, byte actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(char notExpected, char actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(DateTime notExpected, DateTime actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(double notExpected, double actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(float notExpected, float actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(int notExpected, int actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(long notExpected, long actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(sbyte notExpected, sbyte actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(short notExpected, short actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(string notExpected, string actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(uint notExpected, uint actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(ulong notExpected, ulong actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotEqual(ushort notExpected, ushort actual, string message = "") => AreNotEqual(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotNull(object value, string message = "") => IsNotNull(value, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void NotSame(object notExpected, object actual, string message = "") => AreNotSame(notExpected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Null(object value, string message = "") => IsNull(value, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Same(object expected, object actual, string message = "") => AreSame(expected, actual, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void Throws(Type exceptionType, Action action, string message = "") => ThrowsException(exceptionType, action, message);
        [Obsolete("Obsolete in nanoFramework.TestFramework; use the Are*/Is* assertion it forwards to.")]
        public static void True(bool condition, string message = "") => IsTrue(condition, message);
    }
}
