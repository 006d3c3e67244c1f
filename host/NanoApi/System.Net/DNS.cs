// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/DNS.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public static class Dns
    {
        public static global::System.Net.IPHostEntry GetHostEntry(string hostNameOrAddress) { throw null; }
    }
}
