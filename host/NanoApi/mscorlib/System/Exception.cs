// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Exception.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public class Exception
    {
        protected int HResult;
        public Exception() { throw null; }
        public Exception(string message) { throw null; }
        public Exception(string message, global::System.Exception innerException) { throw null; }
        public virtual string Message { get { throw null; } }
        public global::System.Exception InnerException { get { throw null; } }
        public virtual string StackTrace { get { throw null; } }
        public override string ToString() { throw null; }
    }
}
