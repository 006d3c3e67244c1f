// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.NetworkCredential.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class NetworkCredential
    {
        public NetworkCredential() { throw null; }
        public NetworkCredential(string userName, string password) { throw null; }
        public NetworkCredential(string userName, string password, global::System.Net.AuthenticationType authenticationType) { throw null; }
        public string UserName { get { throw null; } set { throw null; } }
        public string Password { get { throw null; } set { throw null; } }
        public global::System.Net.AuthenticationType AuthenticationType { get { throw null; } set { throw null; } }
    }
}
