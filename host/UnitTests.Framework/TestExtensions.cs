using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Array comparison for tests.</summary>
    public static class TestExtensions
    {
        /// <summary>
        /// True when both arrays are non-null, of the same length, and every pair of elements has
        /// the same runtime type and an equal value: numbers, chars and bools by value, anything
        /// else only when it is the same reference (as on the device, where two equal strings
        /// built separately are not "equal" here). A null element throws, as it does on the device.
        /// </summary>
        public static bool SequenceEqual(this Array a, Array b)
        {
            if (a == null || b == null || a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                object x = a.GetValue(i);
                object y = b.GetValue(i);
                Type type = x.GetType();
                if (type != y.GetType()) return false;
                if (!SameElement(type, x, y)) return false;
            }

            return true;
        }

        private static bool SameElement(Type type, object x, object y)
        {
            // double and float compare with == so that NaN differs from itself, as the device's cast-and-compare does.
            if (type == typeof(double)) return (double)x == (double)y;
            if (type == typeof(float)) return (float)x == (float)y;
            if (type.IsPrimitive) return x.Equals(y);
            return ReferenceEquals(x, y);
        }
    }
}
