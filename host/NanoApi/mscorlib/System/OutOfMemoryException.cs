// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/OutOfMemoryException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public class OutOfMemoryException : global::System.SystemException
    {
        public OutOfMemoryException() { throw null; }
        public OutOfMemoryException(string message) { throw null; }
        public OutOfMemoryException(string message, global::System.Exception innerException) { throw null; }
    }
}
