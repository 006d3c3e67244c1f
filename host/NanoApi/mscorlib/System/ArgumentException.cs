// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/ArgumentException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public class ArgumentException : global::System.SystemException
    {
        public ArgumentException() { throw null; }
        public ArgumentException(string message) { throw null; }
        public ArgumentException(string message, global::System.Exception innerException) { throw null; }
        public ArgumentException(string message, string paramName) { throw null; }
        public ArgumentException(string message, string paramName, global::System.Exception innerException) { throw null; }
        public override string Message { get { throw null; } }
        public virtual string ParamName { get { throw null; } }
        public static void ThrowIfNullOrEmpty(string argument, string paramName = null) { throw null; }
    }
}
