using System;
using System.Device.Adc;

namespace Viper.Nano.Samples.SensorBroadcast.Device
{
    /// <summary>
    /// The original ESP32's on-die temperature sensor, which nanoFramework's firmware exposes as
    /// logical ADC channel 8. Useful to see the sample move without wiring anything; not a room
    /// thermometer.
    /// </summary>
    /// <remarks>
    /// What the firmware does (nf-interpreter, targets/ESP32/_nanoCLR/System.Device.Adc): on the
    /// original ESP32 a read of channel 8 returns ESP-IDF's undocumented <c>temprature_sens_read()</c>,
    /// a raw, uncalibrated value in degrees Fahrenheit of the die, which runs well above ambient
    /// while the radio is busy. Espressif dropped the sensor from later ESP32 revisions' datasheets;
    /// chips without it are widely reported to return a constant 128, and at least one firmware
    /// revision returns 0 for this channel. Both are reported here as a failed reading (NaN).
    /// On the ESP32-S2, S3, C3 and later, channel 8 is not this sensor: use <see cref="AdcSensor"/>.
    /// </remarks>
    public class Esp32InternalTemperatureSensor : ISensor
    {
        /// <summary>The firmware's logical channel for the internal sensor on the original ESP32.</summary>
        public const int Channel = 8;

        private readonly AdcChannel _channel;

        /// <summary>Opens channel 8 of <paramref name="controller"/>.</summary>
        public Esp32InternalTemperatureSensor(AdcController controller)
        {
            _channel = controller.OpenChannel(Channel);
        }

        /// <inheritdoc/>
        public string Name => "ESP32 die temperature";

        /// <inheritdoc/>
        public string Unit => "C";

        /// <inheritdoc/>
        public double Read()
        {
            int fahrenheit;
            try
            {
                fahrenheit = _channel.ReadValue();
            }
            catch (Exception)
            {
                return double.NaN;
            }

            if (fahrenheit == 0 || fahrenheit == 128)
            {
                return double.NaN;
            }

            return (fahrenheit - 32) / 1.8;
        }
    }
}
