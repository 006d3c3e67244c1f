// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkInformation/AddressMode.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.NetworkInformation
{
    public enum AddressMode : byte
    {
        Invalid = (byte)0,
        DHCP = (byte)1,
        Static = (byte)2,
        AutoIP = (byte)3,
    }
}
