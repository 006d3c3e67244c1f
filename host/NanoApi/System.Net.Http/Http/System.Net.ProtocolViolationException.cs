// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.ProtocolViolationException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class ProtocolViolationException : global::System.InvalidOperationException
    {
        public ProtocolViolationException() { throw null; }
        public ProtocolViolationException(string message) { throw null; }
    }
}
