// Reference-only stub of nanoFramework.System.Threading 1.1.52 (assembly System.Threading).
// Declarations mirror nanoframework/System.Threading@v1.1.52 (866134e): nanoFramework.System.Threading/Threading/CancellationToken.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Threading
{
    public struct CancellationToken
    {
        private global::System.Threading.CancellationTokenSource _f0;
        public static global::System.Threading.CancellationToken None { get { throw null; } }
        public bool IsCancellationRequested { get { throw null; } }
        public bool CanBeCanceled { get { throw null; } }
        public global::System.Threading.WaitHandle WaitHandle { get { throw null; } }
        public CancellationToken(bool canceled) { throw null; }
        public global::System.Threading.CancellationTokenRegistration Register(global::System.Action callback) { throw null; }
        public bool Equals(global::System.Threading.CancellationToken other) { throw null; }
        public override bool Equals(object other) { throw null; }
        public override int GetHashCode() { throw null; }
        public void ThrowIfCancellationRequested() { throw null; }
    }
}
