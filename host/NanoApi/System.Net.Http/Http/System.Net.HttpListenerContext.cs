// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.HttpListenerContext.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class HttpListenerContext
    {
        public void Reset() { throw null; }
        public global::System.Net.HttpListenerRequest Request { get { throw null; } }
        public global::System.Net.HttpListenerResponse Response { get { throw null; } }
        public void Close() { throw null; }
        internal HttpListenerContext() { }
    }
}
