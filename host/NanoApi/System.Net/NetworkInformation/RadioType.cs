// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkInformation/RadioType.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.NetworkInformation
{
    public enum RadioType : byte
    {
        NotSpecified = (byte)0,
        _802_11a = (byte)1,
        _802_11b = (byte)2,
        _802_11g = (byte)4,
        _802_11n = (byte)8,
    }
}
