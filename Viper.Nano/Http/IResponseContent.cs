namespace Viper.Nano.Http
{
    /// <summary>
    /// A response body that knows its length and can copy any part of itself on demand: a page in
    /// flash, a resource, a file. <see cref="HttpResponse.WriteContent"/> copies it piece by piece
    /// through the connection's send buffer, so serving it holds no copy of it on the heap.
    /// </summary>
    public interface IResponseContent
    {
        /// <summary>Length in bytes: what Content-Length says.</summary>
        int Length { get; }

        /// <summary>
        /// Copies up to <paramref name="count"/> bytes, starting at byte <paramref name="position"/>
        /// of the content, into <paramref name="buffer"/> at <paramref name="offset"/>. Returns the
        /// number copied: fewer than asked only at the end, 0 past it.
        /// </summary>
        int Read(int position, byte[] buffer, int offset, int count);
    }
}
