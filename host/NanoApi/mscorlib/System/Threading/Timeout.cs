// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Threading/Timeout.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Threading
{
    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly global::System.TimeSpan InfiniteTimeSpan;
    }
}
