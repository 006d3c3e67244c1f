// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/ValueType.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public abstract class ValueType
    {
        public override bool Equals(object obj) { throw null; }
    }
}
