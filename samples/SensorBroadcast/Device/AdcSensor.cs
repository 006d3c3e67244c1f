using System;
using System.Device.Adc;

namespace Viper.Nano.Samples.SensorBroadcast.Device
{
    /// <summary>
    /// An analog sensor on one ADC channel, read through System.Device.Adc and mapped linearly:
    /// value = ratio * <c>scale</c> + <c>offset</c>, where ratio is the averaged raw reading over
    /// the controller's <c>MaxValue</c> (4095 on the ESP32's 12-bit ADC).
    /// </summary>
    /// <remarks>
    /// nanoFramework's ESP32 firmware numbers ADC channels logically: 0-7 are ADC1 on GPIO 36, 37,
    /// 38, 39, 32, 33, 34, 35; 10-19 are ADC2, which the Wi-Fi driver owns while Wi-Fi is up, so a
    /// networked sample must use ADC1. Channel 6 (GPIO 34) is input-only and free on most boards.
    /// The firmware opens channels with 11-12 dB attenuation, so full scale is about 3.1-3.3 V and
    /// the ESP32's ADC bends near both ends: expect a degree or two of error from a TMP36 unless
    /// you calibrate <c>offset</c> against a thermometer.
    /// </remarks>
    public class AdcSensor : ISensor
    {
        private readonly AdcChannel _channel;
        private readonly double _maxValue;
        private readonly double _scale;
        private readonly double _offset;
        private readonly int _samples;
        private readonly string _name;
        private readonly string _unit;

        /// <summary>
        /// A sensor on <paramref name="channelNumber"/> of <paramref name="controller"/> (create the
        /// controller once: a second <c>new AdcController()</c> throws), averaging
        /// <paramref name="samples"/> raw readings per value.
        /// </summary>
        public AdcSensor(AdcController controller, int channelNumber, string name, string unit, double scale, double offset, int samples)
        {
            if (samples < 1)
            {
                throw new ArgumentOutOfRangeException("samples");
            }

            _channel = controller.OpenChannel(channelNumber);
            _maxValue = controller.MaxValue;
            _scale = scale;
            _offset = offset;
            _samples = samples;
            _name = name;
            _unit = unit;
        }

        /// <summary>
        /// A TMP36 (or LM50: 500 mV at 0 C, 10 mV per degree) on <paramref name="channelNumber"/>,
        /// taking full scale as 3300 mV: C = ratio * 330 - 50.
        /// </summary>
        public static AdcSensor Tmp36(AdcController controller, int channelNumber)
        {
            return new AdcSensor(controller, channelNumber, "TMP36 temperature", "C", 330.0, -50.0, 16);
        }

        /// <inheritdoc/>
        public string Name => _name;

        /// <inheritdoc/>
        public string Unit => _unit;

        /// <inheritdoc/>
        public double Read()
        {
            try
            {
                long sum = 0;
                for (int i = 0; i < _samples; i++)
                {
                    sum += _channel.ReadValue();
                }

                return ((double)sum / _samples / _maxValue * _scale) + _offset;
            }
            catch (Exception)
            {
                // The firmware throws when the pin is unavailable (ADC2 while Wi-Fi runs, say):
                // a normal hardware failure for this interface, reported as a missing reading.
                return double.NaN;
            }
        }
    }
}
