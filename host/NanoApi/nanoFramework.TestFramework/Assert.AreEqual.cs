// Reference-only stub of nanoFramework.TestFramework 3.0.x (main d4fa55e = v3.0.77+1; 3.0.80 has no tag) (assembly nanoFramework.TestFramework).
// Declarations mirror nanoframework/nanoFramework.TestFramework@main (d4fa55e): TestFramework/Assert.AreEqual.cs, TestFramework/Assert.AreNotEqual.cs, TestFramework/Assert.cs, TestFramework/Assert.Obsolete.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.TestFramework
{
    public sealed class Assert
    {
        public static void AreEqual(bool expected, bool actual, string message = "") { throw null; }
        public static void AreEqual(byte expected, byte actual, string message = "") { throw null; }
        public static void AreEqual(char expected, char actual, string message = "") { throw null; }
        public static void AreEqual(global::System.DateTime expected, global::System.DateTime actual, string message = "") { throw null; }
        public static void AreEqual(double expected, double actual, string message = "") { throw null; }
        public static void AreEqual(float expected, float actual, string message = "") { throw null; }
        public static void AreEqual(int expected, int actual, string message = "") { throw null; }
        public static void AreEqual(long expected, long actual, string message = "") { throw null; }
        public static void AreEqual(object expected, object actual, string message = "") { throw null; }
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") { throw null; }
        public static void AreEqual(short expected, short actual, string message = "") { throw null; }
        public static void AreEqual(string expected, string actual, string message = "") { throw null; }
        public static void AreEqual(uint expected, uint actual, string message = "") { throw null; }
        public static void AreEqual(ulong expected, ulong actual, string message = "") { throw null; }
        public static void AreEqual(ushort expected, ushort actual, string message = "") { throw null; }
        public static void AreNotEqual(bool notExpected, bool actual, string message = "") { throw null; }
        public static void AreNotEqual(byte notExpected, byte actual, string message = "") { throw null; }
        public static void AreNotEqual(char notExpected, char actual, string message = "") { throw null; }
        public static void AreNotEqual(global::System.DateTime notExpected, global::System.DateTime actual, string message = "") { throw null; }
        public static void AreNotEqual(double notExpected, double actual, string message = "") { throw null; }
        public static void AreNotEqual(float notExpected, float actual, string message = "") { throw null; }
        public static void AreNotEqual(long notExpected, long actual, string message = "") { throw null; }
        public static void AreNotEqual(int notExpected, int actual, string message = "") { throw null; }
        public static void AreNotEqual(object notExpected, object actual, string message = "") { throw null; }
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") { throw null; }
        public static void AreNotEqual(short notExpected, short actual, string message = "") { throw null; }
        public static void AreNotEqual(string notExpected, string actual, string message = "") { throw null; }
        public static void AreNotEqual(uint notExpected, uint actual, string message = "") { throw null; }
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") { throw null; }
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") { throw null; }
        public static void AreNotSame(object notExpected, object actual, string message = "") { throw null; }
        public static void AreSame(object expected, object actual, string message = "") { throw null; }
        public static void Contains(string expected, string value, string message = "") { throw null; }
        public static void DoesNotContains(string notExpected, string value, string message = "") { throw null; }
        public static void EndsWith(string expected, string value, string message = "") { throw null; }
        public static void IsFalse(bool condition, string message = "") { throw null; }
        public static void IsInstanceOfType(object value, global::System.Type expected, string message = "") { throw null; }
        public static void IsNotInstanceOfType(object value, global::System.Type notExpected, string message = "") { throw null; }
        public static void IsNotNull(object value, string message = "") { throw null; }
        public static void IsNull(object value, string message = "") { throw null; }
        public static void IsTrue(bool condition, string message = "") { throw null; }
        public static void SkipTest(string message = null) { throw null; }
        public static void StartsWith(string expected, string value, string message = "") { throw null; }
        public static void ThrowsException(global::System.Type exception, global::System.Action action, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Empty(global::System.Collections.ICollection collection, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(global::System.Array expected, global::System.Array actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(bool expected, bool actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(byte expected, byte actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(char expected, char actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(global::System.DateTime expected, global::System.DateTime actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(double expected, double actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(float expected, float actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(int expected, int actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(long expected, long actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(sbyte expected, sbyte actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(short expected, short actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(string expected, string actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(uint expected, uint actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(ulong expected, ulong actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Equal(ushort expected, ushort actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void False(bool condition, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void IsNotType(global::System.Type wrongType, object value, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void IsType(global::System.Type expectedType, object value, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEmpty(global::System.Collections.ICollection collection, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(global::System.Array notExpected, global::System.Array actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(bool notExpected, bool actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(byte notExpected, byte actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(char notExpected, char actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(global::System.DateTime notExpected, global::System.DateTime actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(double notExpected, double actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(float notExpected, float actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(int notExpected, int actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(long notExpected, long actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(sbyte notExpected, sbyte actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(short notExpected, short actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(string notExpected, string actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(uint notExpected, uint actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(ulong notExpected, ulong actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotEqual(ushort notExpected, ushort actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotNull(object value, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void NotSame(object notExpected, object actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Null(object value, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Same(object expected, object actual, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void Throws(global::System.Type exceptionType, global::System.Action action, string message = "") { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static void True(bool condition, string message = "") { throw null; }
    }
}
