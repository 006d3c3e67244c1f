// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Globalization/NumberFormatInfo.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Globalization
{
    public sealed class NumberFormatInfo
    {
        public int[] NumberGroupSizes { get { throw null; } }
        public static global::System.Globalization.NumberFormatInfo CurrentInfo { get { throw null; } }
        public string NegativeSign { get { throw null; } }
        public string NumberDecimalSeparator { get { throw null; } }
        public string NumberGroupSeparator { get { throw null; } }
        public string PositiveSign { get { throw null; } }
        internal NumberFormatInfo() { }
    }
}
