// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.WebException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class WebException : global::System.InvalidOperationException
    {
        public WebException() { throw null; }
        public WebException(string message) { throw null; }
        public WebException(string message, global::System.Exception innerException) { throw null; }
        public WebException(string message, global::System.Net.WebExceptionStatus status) { throw null; }
        public WebException(string message, global::System.Exception inner, global::System.Net.WebExceptionStatus status, global::System.Net.WebResponse response) { throw null; }
        public global::System.Net.WebExceptionStatus Status { get { throw null; } }
        public global::System.Net.WebResponse Response { get { throw null; } }
    }
}
