// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Uri.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public enum UriKind
    {
        RelativeOrAbsolute = 0,
        Absolute = 1,
        Relative = 2,
    }

    public enum UriHostNameType
    {
        Unknown = 0,
        Basic = 1,
        Dns = 2,
        IPv4 = 3,
        IPv6 = 4,
    }

    public class Uri
    {
        public const string UriSchemeHttp = "http";
        public const string UriSchemeHttps = "https";
        public const int HttpDefaultPort = 80;
        public const int HttpsDefaultPort = 443;
        protected const int UnknownPort = -1;
        protected global::System.UriHostNameType _hostNameType;
        protected int _port;
        protected global::System.Uri.Flags _Flags;
        protected string _absolutePath;
        protected string _originalUriString;
        protected string _scheme;
        protected string _host;
        protected bool _isAbsoluteUri;
        protected bool _isUnc;
        protected string _absoluteUri;
        protected string _fragment;
        protected string _query;
        protected string _userInfo;
        public global::System.UriHostNameType HostNameType { get { throw null; } }
        public int Port { get { throw null; } }
        public bool IsAbsoluteUri { get { throw null; } }
        public bool IsUnc { get { throw null; } }
        public bool IsDefaultPort { get { throw null; } }
        public bool IsFile { get { throw null; } }
        public string[] Segments { get { throw null; } }
        public string AbsolutePath { get { throw null; } }
        public string OriginalString { get { throw null; } }
        public string AbsoluteUri { get { throw null; } }
        public string Fragment { get { throw null; } }
        public string Query { get { throw null; } }
        public string PathAndQuery { get { throw null; } }
        public string UserInfo { get { throw null; } }
        public string Scheme { get { throw null; } }
        public string Host { get { throw null; } }
        public bool IsLoopback { get { throw null; } }
        public Uri(string uriString) { throw null; }
        protected bool ConstructAbsoluteUri(string uriString) { throw null; }
        public Uri(string uriString, global::System.UriKind kind) { throw null; }
        public Uri(global::System.Uri baseUri, string relativeUri = null) { throw null; }
        protected bool ValidateUriPart(string uriString, int startIndex) { throw null; }
        protected bool ParseUriString(string uriString) { throw null; }
        protected bool ParseSchemeSpecificPart(string sUri, int iStart) { throw null; }
        protected void Split(string sUri, int iStart, out string sAuthority, out string sPath, bool bReplaceEmptyPath) { throw null; }
        protected bool IsIPv4(string host) { throw null; }
        public override int GetHashCode() { throw null; }
        public override bool Equals(object o) { throw null; }
        public static bool operator ==(global::System.Uri lhs, global::System.Uri rhs) { throw null; }
        public static bool operator !=(global::System.Uri lhs, global::System.Uri rhs) { throw null; }
        public static bool IsWellFormedUriString(string uriString, global::System.UriKind uriKind) { throw null; }

        [global::System.FlagsAttribute]
        protected enum Flags
        {
            LoopbackHost = 4194304,
        }
    }
}
