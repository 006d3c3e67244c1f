// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Threading/Timer.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Threading
{
    public delegate void TimerCallback(object state);

    public sealed class Timer : global::System.MarshalByRefObject, global::System.IDisposable
    {
        public Timer(global::System.Threading.TimerCallback callback, object state, int dueTime, int period) { throw null; }
        public Timer(global::System.Threading.TimerCallback callback, object state, global::System.TimeSpan dueTime, global::System.TimeSpan period) { throw null; }
        public bool Change(int dueTime, int period) { throw null; }
        public bool Change(global::System.TimeSpan dueTime, global::System.TimeSpan period) { throw null; }
        public void Dispose() { throw null; }
    }
}
