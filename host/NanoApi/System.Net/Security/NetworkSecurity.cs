// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/Security/NetworkSecurity.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Security
{
    [global::System.FlagsAttribute]
    public enum SslProtocols
    {
        None = 0,
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")] Tls = 192,
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")] Tls11 = 768,
        Tls12 = 3072,
        Tls13 = 12288,
    }

    public enum SslVerification
    {
        NoVerification = 1,
        VerifyPeer = 2,
        CertificateRequired = 4,
        VerifyClientOnce = 8,
    }
}
