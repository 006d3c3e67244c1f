using System;
using System.Device.Adc;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;
using Viper.Nano.Server;

namespace Viper.Nano.Samples.SensorBroadcast.Device
{
    /// <summary>Which sensor the firmware reads; see <see cref="Program.Sensor"/>.</summary>
    public enum SensorKind
    {
        /// <summary>No wiring needed: the drifting temperature the PC simulator also uses.</summary>
        Simulated,

        /// <summary>A TMP36 on GPIO 34 (ADC1, logical channel 6): see <see cref="AdcSensor"/>.</summary>
        Tmp36OnGpio34,

        /// <summary>The original ESP32's die temperature: see <see cref="Esp32InternalTemperatureSensor"/>.</summary>
        Esp32DieTemperature,
    }

    /// <summary>
    /// The firmware: joins Wi-Fi, installs the page from flash, starts sampling the sensor and
    /// serves the sample's routes.
    /// </summary>
    public class Program
    {
        /// <summary>The sensor to read. Simulated runs on any board with nothing attached.</summary>
        public static readonly SensorKind Sensor = SensorKind.Simulated;

        /// <summary>Entry point.</summary>
        public static void Main()
        {
            Debug.WriteLine("SensorBroadcast: starting");

            // Before anything allocates much: the page is a pointer into flash, not a copy.
            ResourcePage.Install();

            while (!ConnectWifi())
            {
                Debug.WriteLine("SensorBroadcast: Wi-Fi failed, retrying in 10 s");
                Thread.Sleep(10000);
            }

            var options = new SensorBroadcastOptions();

            // Port 80 and the WROOM-sized defaults of ServerOptions; the routes, rooms and sampler
            // are the ones the PC simulator runs.
            SensorRoutes.Start(new ServerOptions(), options, CreateSensor(), PageSource.Index);
            SensorSampler sampler = SensorRoutes.Sampler;

            Debug.WriteLine("SensorBroadcast: sampling " + sampler.Sensor.Name + " every " + options.IntervalMs + " ms");
            Thread.Sleep(Timeout.Infinite);
        }

        private static ISensor CreateSensor()
        {
            switch (Sensor)
            {
                case SensorKind.Tmp36OnGpio34:
                    return AdcSensor.Tmp36(new AdcController(), 6);
                case SensorKind.Esp32DieTemperature:
                    return new Esp32InternalTemperatureSensor(new AdcController());
                default:
                    return new SimulatedSensor((int)(DateTime.UtcNow.Ticks & 0x7FFFFFFF));
            }
        }

        /// <summary>
        /// Joins the network in WifiSettings.cs and waits for an address and for the clock.
        /// Readings carry Unix timestamps, so the helper is asked for SNTP time too
        /// (requiresDateTime); a network without internet gets an address but never the time, and
        /// then the sample runs anyway with the chip's unset clock (see UnixTime).
        /// </summary>
        private static bool ConnectWifi()
        {
            var timeout = new CancellationTokenSource(WifiSettings.ConnectTimeoutMs);
            bool connected = WifiNetworkHelper.ConnectDhcp(
                WifiSettings.Ssid,
                WifiSettings.Password,
                requiresDateTime: true,
                token: timeout.Token);

            if (!connected && WifiNetworkHelper.Status == NetworkHelperStatus.TokenExpiredWaitingDateTime)
            {
                Debug.WriteLine("SensorBroadcast: no SNTP time (no internet?): timestamps count from the chip's epoch");
                connected = true;
            }

            if (!connected)
            {
                // Enum.ToString prints the number on nanoFramework: see NetworkHelperStatus.
                Debug.WriteLine("SensorBroadcast: Wi-Fi status " + (int)WifiNetworkHelper.Status
                    + (WifiNetworkHelper.HelperException != null ? ": " + WifiNetworkHelper.HelperException.Message : string.Empty));
                return false;
            }

            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    Debug.WriteLine("SensorBroadcast: open http://" + interfaces[i].IPv4Address + "/");
                }
            }

            return true;
        }
    }
}
