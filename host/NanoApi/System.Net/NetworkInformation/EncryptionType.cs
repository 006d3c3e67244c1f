// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkInformation/EncryptionType.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.NetworkInformation
{
    public enum EncryptionType : byte
    {
        None = (byte)0,
        WEP = (byte)1,
        WPA = (byte)2,
        WPA2 = (byte)3,
        WPA_PSK = (byte)4,
        WPA2_PSK = (byte)5,
        Certificate = (byte)6,
    }
}
