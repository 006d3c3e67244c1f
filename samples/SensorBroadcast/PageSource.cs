namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// The bytes of a static page, wherever the build keeps them: in flash on the device (a string
    /// resource, see Device/ResourcePage.cs), in the assembly's manifest resources on the PC. The
    /// route copies them piecewise into the connection's own send buffer, so serving the page
    /// holds no copy of it on the heap.
    /// </summary>
    public interface IPageContent
    {
        /// <summary>Length of the page in bytes (what Content-Length says).</summary>
        int Length { get; }

        /// <summary>
        /// Copies up to <paramref name="count"/> bytes of the page, starting at byte
        /// <paramref name="offset"/>, into <paramref name="buffer"/> at <paramref name="bufferOffset"/>.
        /// Returns the bytes copied: fewer than asked only at the end of the page, 0 past it.
        /// </summary>
        int CopyTo(int offset, byte[] buffer, int bufferOffset, int count);
    }

    /// <summary>
    /// Where the shared routes find the live page. Each entry point sets <see cref="Index"/> once,
    /// before the server starts: Device/Program.cs from the resource compiled into flash, the PC
    /// simulator from the same index.html embedded in its assembly. The route code is then the
    /// same on both builds.
    /// </summary>
    public static class PageSource
    {
        /// <summary>The page served at <c>/</c>; null until an entry point installs it.</summary>
        public static IPageContent Index;
    }
}
