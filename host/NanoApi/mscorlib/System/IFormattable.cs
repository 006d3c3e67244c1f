// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/IFormattable.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public interface IFormattable
    {
        string ToString(string format, global::System.IFormatProvider formatProvider);
    }
}
