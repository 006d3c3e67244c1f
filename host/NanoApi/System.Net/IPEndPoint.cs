// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/IPEndPoint.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class IPEndPoint : global::System.Net.EndPoint
    {
        public const int MinPort = 0;
        public const int MaxPort = 65535;
        public IPEndPoint(long address, int port) { throw null; }
        public IPEndPoint(global::System.Net.IPAddress address, int port) { throw null; }
        public global::System.Net.IPAddress Address { get { throw null; } }
        public global::System.Net.Sockets.AddressFamily AddressFamily { get { throw null; } }
        public int Port { get { throw null; } }
        public override global::System.Net.SocketAddress Serialize() { throw null; }
        public override global::System.Net.EndPoint Create(global::System.Net.SocketAddress socketAddress) { throw null; }
        public override string ToString() { throw null; }
        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
    }
}
