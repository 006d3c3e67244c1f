// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/SocketAddress.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class SocketAddress
    {
        public global::System.Net.Sockets.AddressFamily Family { get { throw null; } }
        public SocketAddress(global::System.Net.Sockets.AddressFamily family, int size) { throw null; }
        public int Size { get { throw null; } }
        public byte this[int offset] { get { throw null; } set { throw null; } }
        public override bool Equals(object obj) { throw null; }
        public override int GetHashCode() { throw null; }
    }
}
