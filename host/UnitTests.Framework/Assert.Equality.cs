using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// AreEqual and AreNotEqual, one overload per type as in nanoFramework (no generics on the
    /// device). Values compare with object.Equals, so a boxed double NaN equals NaN and strings
    /// compare ordinally.
    /// </summary>
    public sealed partial class Assert
    {
        public static void AreEqual(bool expected, bool actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(byte expected, byte actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(char expected, char actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(double expected, double actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(float expected, float actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(int expected, int actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(long expected, long actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(object expected, object actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(short expected, short actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(string expected, string actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(uint expected, uint actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(ulong expected, ulong actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(ushort expected, ushort actual, string message = "") => CheckEqual(expected, actual, message);

        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(byte notExpected, byte actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(char notExpected, char actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(double notExpected, double actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(float notExpected, float actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(long notExpected, long actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(int notExpected, int actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(object notExpected, object actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(short notExpected, short actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(string notExpected, string actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(uint notExpected, uint actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") => CheckNotEqual(notExpected, actual, message);
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        private static void CheckEqual(object expected, object actual, string message)
        {
            if (Equals(expected, actual)) return;
            Fail("Assert.AreEqual", "expected <" + ShowTyped(expected, actual) + ">, actual <" + ShowTyped(actual, expected) + ">.", message);
        }

        private static void CheckNotEqual(object notExpected, object actual, string message)
        {
            if (!Equals(notExpected, actual)) return;
            Fail("Assert.AreNotEqual", "expected any value but <" + Show(notExpected) + ">, actual <" + Show(actual) + ">.", message);
        }

        // When two unequal values print alike (1 and 1L through the object overload), name the types too.
        private static string ShowTyped(object value, object other)
        {
            string text = Show(value);
            if (value == null || other == null || text != Show(other)) return text;
            return text + "> of type <" + value.GetType().FullName;
        }
    }
}
