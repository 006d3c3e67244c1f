// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkInformation/AuthenticationType.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.NetworkInformation
{
    public enum AuthenticationType : byte
    {
        None = (byte)0,
        EAP = (byte)1,
        PEAP = (byte)2,
        WCN = (byte)3,
        Open = (byte)4,
        Shared = (byte)5,
        WEP = (byte)6,
        WPA = (byte)7,
        WPA2 = (byte)8,
    }
}
