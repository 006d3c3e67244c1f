using System.IO;
using System.Reflection;
using System.Text;

namespace Viper.Nano.Samples.SensorBroadcast.Pc
{
    /// <summary>
    /// The PC's side of <see cref="PageSource"/>: the same Resources/index.html the firmware
    /// compiles into flash, embedded in this assembly, served through the same
    /// <see cref="StringPageContent"/> the device uses.
    /// </summary>
    public static class EmbeddedPage
    {
        /// <summary>Manifest name of the page (set by LogicalName in the project file).</summary>
        public const string IndexResource = "SensorBroadcast.index.html";

        /// <summary>Reads the page and points <see cref="PageSource.Index"/> at it.</summary>
        public static void Install()
        {
            PageSource.Index = new StringPageContent(ReadIndex());
        }

        /// <summary>The page's text, as it is in the repository.</summary>
        public static string ReadIndex()
        {
            using Stream stream = typeof(EmbeddedPage).Assembly.GetManifestResourceStream(IndexResource)
                ?? throw new FileNotFoundException("embedded resource missing", IndexResource);
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            return reader.ReadToEnd();
        }
    }
}
