// Reference-only stub of nanoFramework.System.Threading 1.1.52 (assembly System.Threading).
// Declarations mirror nanoframework/System.Threading@v1.1.52 (866134e): nanoFramework.System.Threading/Threading/CancellationTokenRegistration.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Threading
{
    public struct CancellationTokenRegistration : global::System.IDisposable
    {
        private global::System.Action _f0;
        private global::System.Threading.CancellationTokenSource _f1;
        public void Dispose() { throw null; }
        public static bool operator ==(global::System.Threading.CancellationTokenRegistration left, global::System.Threading.CancellationTokenRegistration right) { throw null; }
        public static bool operator !=(global::System.Threading.CancellationTokenRegistration left, global::System.Threading.CancellationTokenRegistration right) { throw null; }
        public override bool Equals(object obj) { throw null; }
        public bool Equals(global::System.Threading.CancellationTokenRegistration other) { throw null; }
        public override int GetHashCode() { throw null; }
    }
}
