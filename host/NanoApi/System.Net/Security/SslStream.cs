// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/Security/SslStream.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Security
{
    public class SslStream : global::System.Net.Sockets.NetworkStream
    {
        public global::System.Net.Security.SslVerification SslVerification { get { throw null; } set { throw null; } }
        public bool UseStoredDeviceCertificate { get { throw null; } set { throw null; } }
        public SslStream(global::System.Net.Sockets.Socket socket) : base(default(global::System.Net.Sockets.Socket)) { throw null; }
        public void AuthenticateAsClient(string targetHost, global::System.Net.Security.SslProtocols enabledSslProtocols) { throw null; }
        public void AuthenticateAsClient(string targetHost, global::System.Security.Cryptography.X509Certificates.X509Certificate clientCertificate, global::System.Net.Security.SslProtocols enabledSslProtocols) { throw null; }
        public void AuthenticateAsClient(string targetHost, global::System.Security.Cryptography.X509Certificates.X509Certificate clientCertificate, global::System.Security.Cryptography.X509Certificates.X509Certificate ca, global::System.Net.Security.SslProtocols enabledSslProtocols) { throw null; }
        public void AuthenticateAsServer(global::System.Security.Cryptography.X509Certificates.X509Certificate serverCertificate, global::System.Net.Security.SslProtocols enabledSslProtocols) { throw null; }
        public void AuthenticateAsServer(global::System.Security.Cryptography.X509Certificates.X509Certificate serverCertificate, bool clientCertificateRequired, global::System.Net.Security.SslProtocols enabledSslProtocols) { throw null; }
        public bool IsServer { get { throw null; } }
        public override long Length { get { throw null; } }
        public override bool DataAvailable { get { throw null; } }
        ~SslStream() { }
        protected override void Dispose(bool disposing) { throw null; }
        public override int Read(byte[] buffer, int offset, int size) { throw null; }
        public override void Write(byte[] buffer, int offset, int size) { throw null; }
    }
}
