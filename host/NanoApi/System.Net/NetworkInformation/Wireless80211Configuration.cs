// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkInformation/Wireless80211Configuration.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.NetworkInformation
{
    public class Wireless80211Configuration
    {
        public global::System.Net.NetworkInformation.AuthenticationType Authentication { get { throw null; } set { throw null; } }
        public global::System.Net.NetworkInformation.EncryptionType Encryption { get { throw null; } set { throw null; } }
        public global::System.Net.NetworkInformation.RadioType Radio { get { throw null; } set { throw null; } }
        public global::System.Net.NetworkInformation.Wireless80211Configuration.ConfigurationOptions Options { get { throw null; } set { throw null; } }
        public string Password { get { throw null; } set { throw null; } }
        public string Ssid { get { throw null; } set { throw null; } }
        public uint Id { get { throw null; } }
        public Wireless80211Configuration(uint id) { throw null; }
        public void SaveConfiguration() { throw null; }
        public static global::System.Net.NetworkInformation.Wireless80211Configuration[] GetAllWireless80211Configurations() { throw null; }

        [global::System.FlagsAttribute]
        public enum ConfigurationOptions : byte
        {
            None = (byte)0,
            Disable = (byte)1,
            Enable = (byte)2,
            AutoConnect = (byte)6,
            SmartConfig = (byte)10,
        }
    }
}
