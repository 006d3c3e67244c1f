// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkHelper/IPConfiguration.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Networking
{
    public class IPConfiguration
    {
        public IPConfiguration(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress, string[] ipv4DnsAddresses = null) { throw null; }
        public string IPAddress { get { throw null; } set { throw null; } }
        public string IPSubnetMask { get { throw null; } set { throw null; } }
        public string IPGatewayAddress { get { throw null; } set { throw null; } }
        public string[] IPDns { get { throw null; } set { throw null; } }
    }
}
