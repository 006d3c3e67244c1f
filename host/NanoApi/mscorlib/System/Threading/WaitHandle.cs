// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Threading/WaitHandle.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Threading
{
    public abstract class WaitHandle : global::System.MarshalByRefObject
    {
        public const int WaitTimeout = 258;
        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) { throw null; }
        public virtual bool WaitOne() { throw null; }
        public static bool WaitAll(global::System.Threading.WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) { throw null; }
        public static bool WaitAll(global::System.Threading.WaitHandle[] waitHandles) { throw null; }
        public static int WaitAny(global::System.Threading.WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) { throw null; }
        public static int WaitAny(global::System.Threading.WaitHandle[] waitHandles) { throw null; }
    }
}
