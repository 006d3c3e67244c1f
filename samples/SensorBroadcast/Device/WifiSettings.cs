namespace Viper.Nano.Samples.SensorBroadcast.Device
{
    // ==========================================================================================
    //  WI-FI CREDENTIALS: the only place to edit before deploying the sample to a board.
    //  Don't commit your real ones: `git update-index --skip-worktree` on this file keeps them
    //  out of your commits. The board joins this network with DHCP; firmware-notes/ explains
    //  how to find its address (it is also printed to the debug output when it connects).
    // ==========================================================================================
    internal static class WifiSettings
    {
        /// <summary>Name of the 2.4 GHz network to join (the ESP32 has no 5 GHz radio).</summary>
        public const string Ssid = "YOUR-WIFI-NAME";

        /// <summary>Its WPA2 password.</summary>
        public const string Password = "YOUR-WIFI-PASSWORD";

        /// <summary>
        /// Give up waiting for an address (and for SNTP time, see Program.ConnectWifi) after this long.
        /// </summary>
        public const int ConnectTimeoutMs = 60000;
    }
}
