// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkInformation/NetworkChange.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.NetworkInformation
{
    public class NetworkAvailabilityEventArgs : global::System.EventArgs
    {
        public bool IsAvailable { get { throw null; } }
        internal NetworkAvailabilityEventArgs() { }
    }

    public class NetworkAPStationEventArgs : global::System.EventArgs
    {
        public bool IsConnected { get { throw null; } }
        public int StationIndex { get { throw null; } }
        internal NetworkAPStationEventArgs() { }
    }

    public delegate void NetworkAddressChangedEventHandler(object sender, global::System.EventArgs e);

    public delegate void NetworkAvailabilityChangedEventHandler(object sender, global::System.Net.NetworkInformation.NetworkAvailabilityEventArgs e);

    public delegate void NetworkAPStationChangedEventHandler(int NetworkIndex, global::System.Net.NetworkInformation.NetworkAPStationEventArgs e);

    public static class NetworkChange
    {
        public static event global::System.Net.NetworkInformation.NetworkAddressChangedEventHandler NetworkAddressChanged { add { } remove { } }
        public static event global::System.Net.NetworkInformation.NetworkAvailabilityChangedEventHandler NetworkAvailabilityChanged { add { } remove { } }
        public static event global::System.Net.NetworkInformation.NetworkAPStationChangedEventHandler NetworkAPStationChanged { add { } remove { } }
    }
}
