// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/ArgumentOutOfRangeException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public class ArgumentOutOfRangeException : global::System.ArgumentException
    {
        public ArgumentOutOfRangeException() { throw null; }
        public ArgumentOutOfRangeException(string paramName) { throw null; }
        public ArgumentOutOfRangeException(string paramName, string message) { throw null; }
    }
}
