namespace Viper.Nano.Samples.SensorBroadcast.Device
{
    /// <summary>The device's side of <see cref="PageSource"/>: the page from the flash resource.</summary>
    internal static class ResourcePage
    {
        /// <summary>
        /// Points <see cref="PageSource.Index"/> at Resources/index.html as compiled into this
        /// application (see Resources.resx). The string stays in flash; only its header is on the heap.
        /// </summary>
        public static void Install()
        {
            PageSource.Index = new StringPageContent(Resources.GetString(Resources.StringResources.index));
        }
    }
}
