// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkInformation/NetworkInterface.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.NetworkInformation
{
    public class NetworkInterface
    {
        public static bool GetIsNetworkAvailable() { throw null; }
        protected NetworkInterface(int interfaceIndex) { throw null; }
        public static global::System.Net.NetworkInformation.NetworkInterface[] GetAllNetworkInterfaces() { throw null; }
        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) { throw null; }
        public void EnableStaticIPv6(string ipv6Address, string ipv6SubnetMask, string ipv6GatewayAddress) { throw null; }
        public void EnableStaticIP(string ipv4Address, string ipv4subnetMask, string ipv4gatewayAddress, string ipv6Address, string ipv6SubnetMask, string ipv6GatewayAddress) { throw null; }
        public void EnableDhcp() { throw null; }
        public void EnableStaticIPv4Dns(string[] dnsAddresses) { throw null; }
        public void EnableStaticIPv6Dns(string[] dnsAddresses) { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public void EnableAutomaticDns() { throw null; }
        public bool IsAutomaticDnsEnabled { get { throw null; } }
        public string IPv4Address { get { throw null; } }
        public string IPv4GatewayAddress { get { throw null; } }
        public string IPv4SubnetMask { get { throw null; } }
        public bool IsDhcpEnabled { get { throw null; } }
        public string[] IPv4DnsAddresses { get { throw null; } }
        public void ReleaseDhcpLease() { throw null; }
        public void RenewDhcpLease() { throw null; }
        public byte[] PhysicalAddress { get { throw null; } set { throw null; } }
        public global::System.Net.NetworkInformation.NetworkInterfaceType NetworkInterfaceType { get { throw null; } }
        public uint SpecificConfigId { get { throw null; } set { throw null; } }
    }
}
