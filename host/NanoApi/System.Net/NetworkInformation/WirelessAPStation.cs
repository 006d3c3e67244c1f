// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkInformation/WirelessAPStation.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.NetworkInformation
{
    [global::System.FlagsAttribute]
    public enum PhyProtocols
    {
        PHY802_11b = 1,
        PHY802_11g = 2,
        PHY802_11n = 4,
        PHY802_11lr = 8,
    }

    public class WirelessAPStation
    {
        public byte[] MacAddress { get { throw null; } }
        public sbyte Rssi { get { throw null; } }
        public global::System.Net.NetworkInformation.PhyProtocols PhyModes { get { throw null; } }
        internal WirelessAPStation() { }
    }
}
