using System.Text;
using BenchmarkDotNet.Attributes;
using Viper.Nano.Crypto;
using Viper.Nano.Text;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Benchmarks.Micro
{
    /// <summary>
    /// The handshake's arithmetic (RFC 6455 section 4.2.2): SHA-1, Sec-WebSocket-Accept through
    /// the byte-level API with caller-owned scratch (as a connection slot holds it), and base64.
    /// All of it should allocate nothing.
    /// </summary>
    [MemoryDiagnoser]
    public class CryptoBenchmarks
    {
        private readonly byte[] input64 = new byte[64];
        private readonly byte[] input1K = new byte[1024];
        private readonly byte[] digest = new byte[Sha1.HashSize];
        private readonly byte[] accept = new byte[HandshakeKey.AcceptLength];
        private readonly byte[] base64Out = new byte[32];
        private readonly byte[] nonce = new byte[16];
        private readonly Sha1 sha1 = new Sha1();
        private byte[] key;

        [GlobalSetup]
        public void Setup()
        {
            for (int i = 0; i < input1K.Length; i++) input1K[i] = (byte)i;
            for (int i = 0; i < input64.Length; i++) input64[i] = (byte)(i * 7);
            for (int i = 0; i < nonce.Length; i++) nonce[i] = (byte)(i + 1);

            // The RFC 6455 section 1.3 example key, as it sits in a request head.
            key = Encoding.ASCII.GetBytes("dGhlIHNhbXBsZSBub25jZQ==");
        }

        [Benchmark(Description = "sha1-64B")]
        public byte Sha1Of64Bytes()
        {
            sha1.Hash(input64, 0, input64.Length, digest, 0);
            return digest[0];
        }

        [Benchmark(Description = "sha1-1KB")]
        public byte Sha1Of1KB()
        {
            sha1.Hash(input1K, 0, input1K.Length, digest, 0);
            return digest[0];
        }

        [Benchmark(Description = "accept-key")]
        public byte AcceptKey()
        {
            HandshakeKey.ComputeAccept(key, 0, key.Length, sha1, digest, accept, 0);
            return accept[0];
        }

        [Benchmark(Description = "base64-encode-16B")]
        public int Base64EncodeNonce() => Base64.Encode(nonce, 0, nonce.Length, base64Out, 0);

        [Benchmark(Description = "base64-decode-24B")]
        public int Base64DecodeKey() => Base64.Decode(key, 0, key.Length, base64Out, 0, base64Out.Length);
    }
}
