// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Boolean.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct Boolean
    {
        private bool _f0;
        public static readonly string FalseString;
        public static readonly string TrueString;
        public override string ToString() { throw null; }
    }
}
