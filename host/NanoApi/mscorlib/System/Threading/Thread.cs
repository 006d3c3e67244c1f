// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Threading/Thread.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Threading
{
    public sealed class Thread
    {
        public Thread(global::System.Threading.ThreadStart start) { throw null; }
        public void Start() { throw null; }
        public void Abort() { throw null; }
        public void Suspend() { throw null; }
        public void Resume() { throw null; }
        public global::System.Threading.ThreadPriority Priority { get { throw null; } set { throw null; } }
        public int ManagedThreadId { get { throw null; } }
        public bool IsAlive { get { throw null; } }
        public void Join() { throw null; }
        public bool Join(int millisecondsTimeout) { throw null; }
        public bool Join(global::System.TimeSpan timeout) { throw null; }
        public static void Sleep(int millisecondsTimeout) { throw null; }
        public static void Sleep(global::System.TimeSpan timeout) { throw null; }
        public static void SpinWait(int iterations) { throw null; }
        public static global::System.Threading.Thread CurrentThread { get { throw null; } }
        public global::System.Threading.ThreadState ThreadState { get { throw null; } }
    }
}
