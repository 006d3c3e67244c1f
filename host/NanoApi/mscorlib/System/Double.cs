// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Double.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct Double
    {
        private double _f0;
        public const double MinValue = -1.7976931348623157E+308D;
        public const double MaxValue = 1.7976931348623157E+308D;
        public const double Epsilon = 5E-324D;
        public const double NegativeInfinity = -1.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NaN = 0.0 / 0.0;
        public int CompareTo(double value) { throw null; }
        public static bool IsInfinity(double d) { throw null; }
        public static bool IsNaN(double d) { throw null; }
        public static bool IsNegativeInfinity(double d) { throw null; }
        public static bool IsPositiveInfinity(double d) { throw null; }
        public static double Parse(string s) { throw null; }
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static bool TryParse(string s, out double result) { throw null; }
    }
}
