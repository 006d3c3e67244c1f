namespace Viper.Nano.Samples.WebSocketGuide.Device
{
    // ==========================================================================================
    //  WI-FI CREDENTIALS: the only place to edit before deploying this sample to a board.
    // ==========================================================================================
    internal static class WifiSettings
    {
        /// <summary>Name of the 2.4 GHz network to join.</summary>
        public const string Ssid = "YOUR-WIFI-NAME";

        /// <summary>Its WPA2 password.</summary>
        public const string Password = "YOUR-WIFI-PASSWORD";

        /// <summary>Give up waiting for an address after this long.</summary>
        public const int ConnectTimeoutMs = 60000;
    }
}
