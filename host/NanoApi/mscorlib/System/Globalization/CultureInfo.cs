// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Globalization/CultureInfo.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Globalization
{
    public class CultureInfo
    {
        public CultureInfo(string name) { throw null; }
        public static global::System.Globalization.CultureInfo CurrentUICulture { get { throw null; } }
        public virtual global::System.Globalization.CultureInfo Parent { get { throw null; } }
        public virtual string Name { get { throw null; } }
        public override string ToString() { throw null; }
        public virtual global::System.Globalization.NumberFormatInfo NumberFormat { get { throw null; } }
        public virtual global::System.Globalization.DateTimeFormatInfo DateTimeFormat { get { throw null; } }
    }
}
