// Reference-only stub of nanoFramework.System.Threading 1.1.52 (assembly System.Threading).
// Declarations mirror nanoframework/System.Threading@v1.1.52 (866134e): nanoFramework.System.Threading/Threading/OperationCanceledException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Threading
{
    public class OperationCanceledException : global::System.SystemException
    {
        public OperationCanceledException() { throw null; }
        public OperationCanceledException(string message) { throw null; }
        public OperationCanceledException(string message, global::System.Exception innerException) { throw null; }
    }
}
