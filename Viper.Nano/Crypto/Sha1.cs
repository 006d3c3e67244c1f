namespace Viper.Nano.Crypto
{
    /// <summary>
    /// SHA-1 (FIPS 180-4, RFC 3174), written here because no nanoFramework package has it and
    /// RFC 6455 section 4.2.2 needs it for Sec-WebSocket-Accept. SHA-1 is broken for collision
    /// resistance; the WebSocket handshake uses it only to prove the server read the key.
    /// An instance owns its 64-byte block and 80-word schedule, so hashing allocates nothing:
    /// keep one per thread (instances are not thread-safe).
    /// </summary>
    internal sealed class Sha1
    {
        /// <summary>Length of a digest in bytes.</summary>
        public const int HashSize = 20;

        private const int BlockSize = 64;

        private readonly uint[] _state = new uint[5];
        private readonly uint[] _schedule = new uint[80];
        private readonly byte[] _block = new byte[BlockSize];
        private int _blockLength;
        private long _totalLength;

        /// <summary>Creates a hasher ready for <see cref="Update"/>.</summary>
        public Sha1()
        {
            Reset();
        }

        /// <summary>Starts a new digest (FIPS 180-4 section 5.3.1 initial hash value).</summary>
        public void Reset()
        {
            _state[0] = 0x67452301;
            _state[1] = 0xEFCDAB89;
            _state[2] = 0x98BADCFE;
            _state[3] = 0x10325476;
            _state[4] = 0xC3D2E1F0;
            _blockLength = 0;
            _totalLength = 0;
        }

        /// <summary>Adds <paramref name="count"/> bytes to the digest; any split gives the same result.</summary>
        public void Update(byte[] data, int offset, int count)
        {
            _totalLength += count;
            while (count > 0)
            {
                if (_blockLength == 0 && count >= BlockSize)
                {
                    // Whole blocks straight from the caller's buffer: no copy.
                    Compress(data, offset);
                    offset += BlockSize;
                    count -= BlockSize;
                    continue;
                }

                int take = BlockSize - _blockLength;
                if (take > count) take = count;
                System.Array.Copy(data, offset, _block, _blockLength, take);
                _blockLength += take;
                offset += take;
                count -= take;
                if (_blockLength == BlockSize)
                {
                    Compress(_block, 0);
                    _blockLength = 0;
                }
            }
        }

        /// <summary>
        /// Pads the message (FIPS 180-4 section 5.1.1), writes the 20-byte digest at
        /// <paramref name="outputOffset"/> and resets the hasher for the next message.
        /// </summary>
        public void Final(byte[] output, int outputOffset)
        {
            long bitLength = _totalLength * 8;
            _block[_blockLength++] = 0x80;
            if (_blockLength > BlockSize - 8)
            {
                // No room for the 64-bit length: pad this block out and add one more.
                while (_blockLength < BlockSize) _block[_blockLength++] = 0;
                Compress(_block, 0);
                _blockLength = 0;
            }

            while (_blockLength < BlockSize - 8) _block[_blockLength++] = 0;
            for (int i = 7; i >= 0; i--)
            {
                _block[_blockLength++] = (byte)(bitLength >> (i * 8));
            }

            Compress(_block, 0);
            for (int i = 0; i < 5; i++)
            {
                uint word = _state[i];
                output[outputOffset + i * 4] = (byte)(word >> 24);
                output[outputOffset + i * 4 + 1] = (byte)(word >> 16);
                output[outputOffset + i * 4 + 2] = (byte)(word >> 8);
                output[outputOffset + i * 4 + 3] = (byte)word;
            }

            Reset();
        }

        /// <summary>Hashes one whole message into <paramref name="output"/> (20 bytes).</summary>
        public void Hash(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            Reset();
            Update(data, offset, count);
            Final(output, outputOffset);
        }

        // FIPS 180-4 section 6.1.2: one 512-bit block.
        private void Compress(byte[] block, int offset)
        {
            uint[] w = _schedule;
            for (int t = 0; t < 16; t++)
            {
                int i = offset + t * 4;
                w[t] = ((uint)block[i] << 24) | ((uint)block[i + 1] << 16) | ((uint)block[i + 2] << 8) | block[i + 3];
            }

            for (int t = 16; t < 80; t++)
            {
                uint x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
                w[t] = (x << 1) | (x >> 31);
            }

            uint a = _state[0], b = _state[1], c = _state[2], d = _state[3], e = _state[4];
            for (int t = 0; t < 80; t++)
            {
                uint f, k;
                if (t < 20)
                {
                    f = (b & c) | (~b & d);
                    k = 0x5A827999;
                }
                else if (t < 40)
                {
                    f = b ^ c ^ d;
                    k = 0x6ED9EBA1;
                }
                else if (t < 60)
                {
                    f = (b & c) | (b & d) | (c & d);
                    k = 0x8F1BBCDC;
                }
                else
                {
                    f = b ^ c ^ d;
                    k = 0xCA62C1D6;
                }

                uint temp = ((a << 5) | (a >> 27)) + f + e + k + w[t];
                e = d;
                d = c;
                c = (b << 30) | (b >> 2);
                b = a;
                a = temp;
            }

            _state[0] += a;
            _state[1] += b;
            _state[2] += c;
            _state[3] += d;
            _state[4] += e;
        }
    }
}
