// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/Sockets/Socket.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Sockets
{
    public class Socket : global::System.IDisposable
    {
        public Socket(global::System.Net.Sockets.AddressFamily addressFamily, global::System.Net.Sockets.SocketType socketType, global::System.Net.Sockets.ProtocolType protocolType) { throw null; }
        public int Available { get { throw null; } }
        public global::System.Net.EndPoint LocalEndPoint { get { throw null; } }
        public global::System.Net.EndPoint RemoteEndPoint { get { throw null; } }
        public bool Connected { get { throw null; } }
        public int ReceiveTimeout { get { throw null; } set { throw null; } }
        public int SendTimeout { get { throw null; } set { throw null; } }
        public global::System.Net.Sockets.SocketType SocketType { get { throw null; } }
        public void Bind(global::System.Net.EndPoint localEP) { throw null; }
        public void Connect(global::System.Net.EndPoint remoteEP) { throw null; }
        public void Close() { throw null; }
        public void Listen(int backlog) { throw null; }
        public global::System.Net.Sockets.Socket Accept() { throw null; }
        public int Send(byte[] buffer) { throw null; }
        public int Send(byte[] buffer, global::System.Net.Sockets.SocketFlags socketFlags) { throw null; }
        public int Send(byte[] buffer, int size, global::System.Net.Sockets.SocketFlags socketFlags) { throw null; }
        public int Send(byte[] buffer, int offset, int size, global::System.Net.Sockets.SocketFlags socketFlags) { throw null; }
        public int SendTo(byte[] buffer, int offset, int size, global::System.Net.Sockets.SocketFlags socketFlags, global::System.Net.EndPoint remoteEP) { throw null; }
        public int SendTo(byte[] buffer, int size, global::System.Net.Sockets.SocketFlags socketFlags, global::System.Net.EndPoint remoteEP) { throw null; }
        public int SendTo(byte[] buffer, global::System.Net.Sockets.SocketFlags socketFlags, global::System.Net.EndPoint remoteEP) { throw null; }
        public int SendTo(byte[] buffer, global::System.Net.EndPoint remoteEP) { throw null; }
        public int Receive(byte[] buffer) { throw null; }
        public int Receive(byte[] buffer, global::System.Net.Sockets.SocketFlags socketFlags) { throw null; }
        public int Receive(byte[] buffer, int size, global::System.Net.Sockets.SocketFlags socketFlags) { throw null; }
        public int Receive(byte[] buffer, int offset, int size, global::System.Net.Sockets.SocketFlags socketFlags) { throw null; }
        public int ReceiveFrom(byte[] buffer, int offset, int size, global::System.Net.Sockets.SocketFlags socketFlags, ref global::System.Net.EndPoint remoteEP) { throw null; }
        public int ReceiveFrom(byte[] buffer, int size, global::System.Net.Sockets.SocketFlags socketFlags, ref global::System.Net.EndPoint remoteEP) { throw null; }
        public int ReceiveFrom(byte[] buffer, global::System.Net.Sockets.SocketFlags socketFlags, ref global::System.Net.EndPoint remoteEP) { throw null; }
        public int ReceiveFrom(byte[] buffer, ref global::System.Net.EndPoint remoteEP) { throw null; }
        public void SetSocketOption(global::System.Net.Sockets.SocketOptionLevel optionLevel, global::System.Net.Sockets.SocketOptionName optionName, int optionValue) { throw null; }
        public void SetSocketOption(global::System.Net.Sockets.SocketOptionLevel optionLevel, global::System.Net.Sockets.SocketOptionName optionName, bool optionValue) { throw null; }
        public void SetSocketOption(global::System.Net.Sockets.SocketOptionLevel optionLevel, global::System.Net.Sockets.SocketOptionName optionName, byte[] optionValue) { throw null; }
        public object GetSocketOption(global::System.Net.Sockets.SocketOptionLevel optionLevel, global::System.Net.Sockets.SocketOptionName optionName) { throw null; }
        public void GetSocketOption(global::System.Net.Sockets.SocketOptionLevel optionLevel, global::System.Net.Sockets.SocketOptionName optionName, byte[] val) { throw null; }
        public bool Poll(int microSeconds, global::System.Net.Sockets.SelectMode mode) { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
        void global::System.IDisposable.Dispose() { throw null; }
        ~Socket() { }
    }
}
