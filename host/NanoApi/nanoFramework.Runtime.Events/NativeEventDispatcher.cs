// Reference-only stub of nanoFramework.Runtime.Events 1.11.37 (assembly nanoFramework.Runtime.Events).
// Declarations mirror nanoframework/nanoFramework.Runtime.Events@v1.11.37 (6dd93c1): nanoFramework.Runtime.Events/NativeEventDispatcher.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Events
{
    public delegate void NativeEventHandler(uint data1, uint data2, global::System.DateTime time);

    public class NativeEventDispatcher : global::System.IDisposable
    {
        protected global::nanoFramework.Runtime.Events.NativeEventHandler threadSpawn;
        protected global::nanoFramework.Runtime.Events.NativeEventHandler callbacks;
        protected bool disposed;
        public NativeEventDispatcher(string driverName, ulong driverData) { throw null; }
        public virtual void EnableInterrupt() { throw null; }
        public virtual void DisableInterrupt() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        ~NativeEventDispatcher() { }
        public void Dispose() { throw null; }
        public event global::nanoFramework.Runtime.Events.NativeEventHandler OnInterrupt { add { } remove { } }
    }
}
