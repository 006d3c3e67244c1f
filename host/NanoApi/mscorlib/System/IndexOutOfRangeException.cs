// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/IndexOutOfRangeException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public class IndexOutOfRangeException : global::System.SystemException
    {
        public IndexOutOfRangeException() { throw null; }
        public IndexOutOfRangeException(string message) { throw null; }
        public IndexOutOfRangeException(string message, global::System.Exception innerException) { throw null; }
    }
}
