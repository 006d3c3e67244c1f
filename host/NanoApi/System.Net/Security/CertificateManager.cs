// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/Security/CertificateManager.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Security
{
    public static class CertificateManager
    {
        public static bool AddCaCertificateBundle(global::System.Security.Cryptography.X509Certificates.X509Certificate[] ca) { throw null; }
        public static bool AddCaCertificateBundle(string ca) { throw null; }
        public static bool AddCaCertificateBundle(byte[] ca) { throw null; }
    }
}
