// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.iwebproxy.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public interface IWebProxy
    {
        global::System.Uri GetProxy(global::System.Uri destination);
        bool IsBypassed(global::System.Uri host);
    }
}
