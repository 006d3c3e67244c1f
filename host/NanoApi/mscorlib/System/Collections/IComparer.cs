// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Collections/IComparer.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Collections
{
    public interface IComparer
    {
        int Compare(object x, object y);
    }
}
