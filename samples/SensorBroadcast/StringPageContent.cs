using System;
using System.Text;
using Viper.Nano.Http;

namespace Viper.Nano.Samples.SensorBroadcast
{
    /// <summary>
    /// A page held as an ASCII string, copied out in pieces with
    /// <see cref="Encoding.GetBytes(string, int, int, byte[], int)"/>, which encodes into the
    /// caller's buffer and allocates nothing.
    /// </summary>
    /// <remarks>
    /// On nanoFramework a string resource is a small heap header pointing at the text in the
    /// assembly's flash, so a page of several KB costs a few bytes of RAM. Strings are UTF-8 on
    /// the device, and their length counts characters: the page must be ASCII for that count to be
    /// the byte count (a host test checks index.html; write "&amp;deg;" rather than a degree sign).
    /// </remarks>
    public class StringPageContent : IResponseContent
    {
        private static readonly Encoding Utf8 = Encoding.UTF8;

        private readonly string _text;
        private readonly int _length;

        /// <summary>Wraps <paramref name="asciiText"/>, which must be ASCII.</summary>
        public StringPageContent(string asciiText)
        {
            if (asciiText == null)
            {
                throw new ArgumentNullException("asciiText");
            }

            _text = asciiText;
            _length = asciiText.Length;
        }

        /// <inheritdoc/>
        public int Length => _length;

        /// <inheritdoc/>
        public int Read(int offset, byte[] buffer, int bufferOffset, int count)
        {
            if (offset < 0 || count < 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            int n = _length - offset;
            if (n <= 0)
            {
                return 0;
            }

            if (n > count)
            {
                n = count;
            }

            return Utf8.GetBytes(_text, offset, n, buffer, bufferOffset);
        }
    }
}
