using Viper.Nano.Http;

namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// Where the shared routes find the live page. Each entry point sets <see cref="Index"/> once,
    /// before the server starts: Device/Program.cs from the resource compiled into flash, the PC
    /// simulator from the same index.html embedded in its assembly. The route code is then the
    /// same on both builds.
    /// </summary>
    public static class PageSource
    {
        /// <summary>The page served at <c>/</c>; null until an entry point installs it.</summary>
        public static IResponseContent Index;
    }
}
