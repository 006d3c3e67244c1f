using System.Text;
using Viper.Nano.Crypto;
using Viper.Nano.Text;

namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// The server's half of the opening handshake proof (RFC 6455 section 4.2.2, step 5.4):
    /// Sec-WebSocket-Accept is base64(SHA-1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")),
    /// where key is the client's Sec-WebSocket-Key header value as sent (trimmed).
    /// </summary>
    internal static class HandshakeKey
    {
        /// <summary>The GUID that RFC 6455 section 1.3 appends to the key.</summary>
        public const string Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

        /// <summary>Length in bytes of a Sec-WebSocket-Accept value (base64 of 20 bytes).</summary>
        public const int AcceptLength = 28;

        private static readonly byte[] GuidBytes = Encoding.UTF8.GetBytes(Guid);

        /// <summary>
        /// Writes the 28 ASCII bytes of Sec-WebSocket-Accept for the key bytes at
        /// <paramref name="keyOffset"/>. <paramref name="sha1"/> and the 20-byte
        /// <paramref name="digest"/> scratch belong to the caller (one per connection slot),
        /// so this allocates nothing.
        /// </summary>
        public static void ComputeAccept(byte[] key, int keyOffset, int keyLength, Sha1 sha1, byte[] digest, byte[] output, int outputOffset)
        {
            sha1.Reset();
            sha1.Update(key, keyOffset, keyLength);
            sha1.Update(GuidBytes, 0, GuidBytes.Length);
            sha1.Final(digest, 0);
            Base64.Encode(digest, 0, Sha1.HashSize, output, outputOffset);
        }

        /// <summary>Sec-WebSocket-Accept for a key given as a string; allocates.</summary>
        public static string ComputeAccept(string secWebSocketKey)
        {
            byte[] key = Encoding.UTF8.GetBytes(secWebSocketKey.Trim());
            byte[] output = new byte[AcceptLength];
            ComputeAccept(key, 0, key.Length, new Sha1(), new byte[Sha1.HashSize], output, 0);
            return Encoding.UTF8.GetString(output, 0, AcceptLength);
        }
    }
}
