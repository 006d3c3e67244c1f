using Viper.Nano.Http;

namespace Viper.Nano.Tests.Support
{
    /// <summary>A content source that computes its bytes: any length, no storage.</summary>
    public sealed class PatternContent : IResponseContent
    {
        private readonly int _length;

        /// <summary>Content of <paramref name="length"/> bytes.</summary>
        public PatternContent(int length)
        {
            _length = length;
        }

        /// <summary>The byte at <paramref name="position"/>: 'a' to 'z' repeating.</summary>
        public static byte At(int position)
        {
            return (byte)('a' + position % 26);
        }

        /// <inheritdoc/>
        public int Length => _length;

        /// <inheritdoc/>
        public int Read(int position, byte[] buffer, int offset, int count)
        {
            int n = _length - position;
            if (n > count) n = count;
            for (int i = 0; i < n; i++) buffer[offset + i] = At(position + i);
            return n < 0 ? 0 : n;
        }
    }
}
