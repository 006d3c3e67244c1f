using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;
using Viper.Nano.Server;

namespace Viper.Nano.Samples.WebSocketGuide.Device
{
    /// <summary>The firmware: joins Wi-Fi and serves the guide's routes on port 80.</summary>
    public class Program
    {
        /// <summary>Entry point.</summary>
        public static void Main()
        {
            while (!ConnectWifi())
            {
                Debug.WriteLine("WebSocketGuide: Wi-Fi failed, retrying in 10 s");
                Thread.Sleep(10000);
            }

            // The guide's handlers loop on Receive(): each live client holds a worker thread
            // (about 6.9 KB of heap with its worker, firmware-notes/memory-budget.md), so this
            // firmware runs more workers than the event-style default needs.
            GuideRoutes.Start(new ServerOptions { MaxConnections = 5, WorkerThreads = 4 });
            Thread.Sleep(Timeout.Infinite);
        }

        private static bool ConnectWifi()
        {
            var timeout = new CancellationTokenSource(WifiSettings.ConnectTimeoutMs);
            if (!WifiNetworkHelper.ConnectDhcp(WifiSettings.Ssid, WifiSettings.Password, token: timeout.Token))
            {
                Debug.WriteLine("WebSocketGuide: Wi-Fi status " + (int)WifiNetworkHelper.Status);
                return false;
            }

            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    Debug.WriteLine("WebSocketGuide: open http://" + interfaces[i].IPv4Address + "/docs");
                }
            }

            return true;
        }
    }
}
