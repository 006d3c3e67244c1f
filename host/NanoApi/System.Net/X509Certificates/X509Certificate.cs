// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/X509Certificates/X509Certificate.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        protected string _issuer;
        protected string _subject;
        protected global::System.DateTime _effectiveDate;
        protected global::System.DateTime _expirationDate;
        protected byte[] _handle;
        protected byte[] _sessionHandle;
        public X509Certificate() { throw null; }
        public X509Certificate(byte[] certificate) { throw null; }
        public X509Certificate(string certificate) { throw null; }
        public virtual string Issuer { get { throw null; } }
        public virtual string Subject { get { throw null; } }
        public virtual global::System.DateTime GetEffectiveDate() { throw null; }
        public virtual global::System.DateTime GetExpirationDate() { throw null; }
        public virtual byte[] GetRawCertData() { throw null; }
    }
}
