// Reference-only stub of nanoFramework.System.Net 1.11.x (main 713b02c = tag v1.11.54; 1.11.60 has no tag) (assembly System.Net).
// Declarations mirror nanoframework/System.Net@main (713b02c): nanoFramework.System.Net/NetworkHelper/NetworkHelperStatus.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus
    {
        None = 0,
        Started = 1,
        NetworkIsReady = 2,
        FailedNoNetworkInterface = 3,
        TokenExpiredWaitingIPAddress = 4,
        TokenExpiredWaitingDateTime = 5,
        ErrorConnetingToWiFiWhileScanning = 6,
        ExceptionOccurred = 7,
        Reconnecting = 8,
    }
}
