// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/ArgumentNullException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public class ArgumentNullException : global::System.ArgumentException
    {
        public ArgumentNullException() { throw null; }
        public ArgumentNullException(string paramName) { throw null; }
        public ArgumentNullException(string message, global::System.Exception innerException) { throw null; }
        public ArgumentNullException(string paramName, string message) { throw null; }
        public static void ThrowIfNull(object argument, string paramName = null) { throw null; }
    }
}
