// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/X509Certificates/X509Certificate2.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate2 : global::System.Security.Cryptography.X509Certificates.X509Certificate
    {
        public X509Certificate2() { throw null; }
        public X509Certificate2(byte[] rawData) { throw null; }
        public X509Certificate2(string certificate) { throw null; }
        public X509Certificate2(string rawData, string key, string password) { throw null; }
        public X509Certificate2(byte[] rawData, string key, string password) { throw null; }
        public X509Certificate2(byte[] rawData, byte[] key, string password) { throw null; }
        public bool HasPrivateKey { get { throw null; } }
        public byte[] PrivateKey { get { throw null; } }
        public byte[] PublicKey { get { throw null; } }
        public global::System.DateTime NotAfter { get { throw null; } }
        public global::System.DateTime NotBefore { get { throw null; } }
        public byte[] RawData { get { throw null; } }
    }
}
