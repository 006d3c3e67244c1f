// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.webproxy.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class WebProxy : global::System.Net.IWebProxy
    {
        public WebProxy() { throw null; }
        public WebProxy(global::System.Uri Address) { throw null; }
        public WebProxy(global::System.Uri Address, bool BypassOnLocal) { throw null; }
        public WebProxy(string Host, int Port) { throw null; }
        public WebProxy(string Address) { throw null; }
        public WebProxy(string Address, bool BypassOnLocal) { throw null; }
        public global::System.Uri Address { get { throw null; } set { throw null; } }
        public bool BypassProxyOnLocal { get { throw null; } set { throw null; } }
        public global::System.Uri GetProxy(global::System.Uri destination) { throw null; }
        public bool IsBypassed(global::System.Uri host) { throw null; }
    }
}
