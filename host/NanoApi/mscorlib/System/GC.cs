// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/GC.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public static class GC
    {
        public static void WaitForPendingFinalizers() { throw null; }
        public static void SuppressFinalize(object obj) { throw null; }
        public static void ReRegisterForFinalize(object obj) { throw null; }
    }
}
