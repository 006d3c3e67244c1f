// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/IPAddress.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class IPAddress
    {
        public static readonly global::System.Net.IPAddress Any;
        public static readonly global::System.Net.IPAddress Loopback;
        public static readonly global::System.Net.IPAddress Broadcast;
        public static readonly global::System.Net.IPAddress None;
        public static readonly global::System.Net.IPAddress IPv6Any;
        public static readonly global::System.Net.IPAddress IPv6Loopback;
        public global::System.Net.Sockets.AddressFamily AddressFamily { get { throw null; } }
        public IPAddress(long newAddress) { throw null; }
        public IPAddress(byte[] address) { throw null; }
        public static bool operator ==(global::System.Net.IPAddress a, global::System.Net.IPAddress b) { throw null; }
        public static bool operator !=(global::System.Net.IPAddress a, global::System.Net.IPAddress b) { throw null; }
        public IPAddress(byte[] address, long scopeid) { throw null; }
        public override bool Equals(object other) { throw null; }
        public bool Equals(global::System.Net.IPAddress other) { throw null; }
        public byte[] GetAddressBytes() { throw null; }
        public static global::System.Net.IPAddress Parse(string ipString) { throw null; }
        public long ScopeId { get { throw null; } set { throw null; } }
        public override string ToString() { throw null; }
        public static global::System.Net.IPAddress GetDefaultLocalAddress() { throw null; }
        public override int GetHashCode() { throw null; }
        public bool IsIPv4MappedToIPv6 { get { throw null; } }
        public global::System.Net.IPAddress MapToIPv6() { throw null; }
        public global::System.Net.IPAddress MapToIPv4() { throw null; }
    }
}
