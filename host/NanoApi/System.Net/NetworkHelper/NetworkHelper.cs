// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkHelper/NetworkHelper.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Networking
{
    public static class NetworkHelper
    {
        public static global::System.Threading.ManualResetEvent NetworkReady { get { throw null; } }
        public static global::nanoFramework.Networking.NetworkHelperStatus Status { get { throw null; } }
        public static global::System.Exception HelperException { get { throw null; } }
        public static void SetupNetworkHelper(bool requiresDateTime = false) { throw null; }
        public static void SetupNetworkHelper(global::nanoFramework.Networking.IPConfiguration ipConfiguration, bool requiresDateTime = false) { throw null; }
        public static bool SetupAndConnectNetwork(global::System.Threading.CancellationToken token = default, bool requiresDateTime = false) { throw null; }
        public static bool SetupAndConnectNetwork(global::nanoFramework.Networking.IPConfiguration ipConfiguration, global::System.Threading.CancellationToken token = default, bool requiresDateTime = false) { throw null; }
        public static void Reset() { throw null; }
    }
}
