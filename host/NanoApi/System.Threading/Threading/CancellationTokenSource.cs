// Reference-only stub of nanoFramework.System.Threading 1.1.52 (assembly System.Threading).
// Declarations mirror nanoframework/System.Threading@v1.1.52 (866134e): nanoFramework.System.Threading/Threading/CancellationTokenSource.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Threading
{
    public class CancellationTokenSource : global::System.IDisposable
    {
        public bool IsCancellationRequested { get { throw null; } }
        public global::System.Threading.CancellationToken Token { get { throw null; } }
        public CancellationTokenSource(int millisecondsDelay) { throw null; }
        public CancellationTokenSource(global::System.TimeSpan delay) { throw null; }
        public CancellationTokenSource() { throw null; }
        public void Cancel() { throw null; }
        public void Cancel(bool throwOnFirstException) { throw null; }
        public void CancelAfter(global::System.TimeSpan delay) { throw null; }
        public void CancelAfter(int millisecondsDelay) { throw null; }
        public void Dispose() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
    }
}
