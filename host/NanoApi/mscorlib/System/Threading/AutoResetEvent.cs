// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Threading/AutoResetEvent.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Threading
{
    public sealed class AutoResetEvent : global::System.Threading.WaitHandle
    {
        public AutoResetEvent(bool initialState) { throw null; }
        public bool Reset() { throw null; }
        public bool Set() { throw null; }
    }
}
