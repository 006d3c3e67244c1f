using System.Collections.Generic;
using System.Text;

namespace Viper.Nano.FuzzTests
{
    /// <summary>
    /// Seed inputs for the HTTP fuzzers: the request heads and chunked bodies of
    /// Viper.Nano.Tests/Http (RFC 9112 examples and the smuggling cases), copied as bytes.
    /// </summary>
    public static class HttpSeeds
    {
        private const string Post = "POST /x HTTP/1.1\r\nHost: x\r\n";

        private static readonly string[] Heads =
        {
            "GET /hello.txt HTTP/1.1\r\nUser-Agent: curl/7.64.1\r\nHost: www.example.com\r\nAccept-Language: en, mi\r\n\r\n",
            "GET /where?q=now HTTP/1.1\r\nHost: www.example.org\r\n\r\n",
            "GET http://www.example.org/pub/WWW/TheProject.html HTTP/1.1\r\nHost: www.example.org\r\n\r\n",
            "GET HTTPS://example.org?x=1 HTTP/1.1\r\nHost: example.org\r\n\r\n",
            "OPTIONS * HTTP/1.1\r\nHost: www.example.org:8001\r\n\r\n",
            "GET / HTTP/1.0\r\n\r\n",
            "GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n",
            "\r\nGET /x HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost:x\r\nX-A: \t a b \t\r\nX-B:\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nX-Name: caf\u00e9\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Upgrade\r\nUpgrade: websocket\r\n\r\n",
            "GET /p?a=1&b=x+y%21&flag&e=&a=2&sp%20ace=%C3%A9 HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /a%20b/caf%C3%A9?x=%41+b HTTP/1.1\r\nHost: x\r\n\r\n",
            "BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.9\r\nHost: x\r\n\r\n",
            "GET /x HTTP/2.0\r\nHost: x\r\n\r\n",
            "GET /x HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n b\r\n\r\n",
            "GET /x HTTP/1.1\r\nHost : x\r\n\r\n",
            "GET /x HTTP/1.1\nHost: x\r\n\r\n",
            "GET /x HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n",
            Post + "Content-Length: 42\r\n\r\n",
            Post + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
            Post + "Content-Length: 5, 6\r\n\r\n",
            Post + "Content-Length: 99999999999999999999999\r\n\r\n",
            Post + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            Post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
            Post + "Transfer-Encoding: gzip, chunked\r\n\r\n",
            Post + "Expect: 100-continue\r\nContent-Length: 3\r\n\r\nabc",
            "GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: user@a\r\n\r\n",
            "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: chat, bearer.mF_9.B5f-4.1JqM\r\nOrigin: http://example.com\r\n\r\n",
            "GET /bearer?token=mF_9.B5f-4.1JqM HTTP/1.1\r\nHost: x\r\nAuthorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\r\n\r\n",
            "OPTIONS /api HTTP/1.1\r\nHost: x\r\nOrigin: http://a.example\r\nAccess-Control-Request-Method: PUT\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n",
        };

        private static readonly string[] Chunked =
        {
            "4\r\nWiki\r\n6\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\n\r\n",
            "0\r\n\r\n",
            "000\r\n\r\n",
            "a\r\n0123456789\r\nA\r\nabcdefghij\r\n00001\r\n!\r\n0\r\n\r\n",
            "3;name=value\r\nabc\r\n2 ; flag\r\nde\r\n1;q=\"a;b\"\r\nf\r\n0;last\r\n\r\n",
            "3\r\nabc\r\n0\r\nExpires: never\r\nX-Sum: 1\r\n\r\n",
            "3\r\nabc\r\n0\r\n\r\nGET / HTTP/1.1\r\n",
            "00000001\r\nx\r\n0\r\n\r\n",
            "3 x\r\nabc\r\n0\r\n\r\n",
            "0\r\nX: a\r\n folded\r\n\r\n",
            "1000\r\nab",
        };

        public static List<byte[]> RequestHeads() => Encode(Heads);

        public static List<byte[]> ChunkedBodies() => Encode(Chunked);

        /// <summary>Whole requests for the connection fuzzer: heads with their bodies, some pipelined.</summary>
        public static List<byte[]> Requests()
        {
            var all = Encode(Heads);
            all.Add(Bytes("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
            all.Add(Bytes("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\nTrailer: t\r\n\r\n"
                + "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
            all.Add(Bytes("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n12345"));
            all.Add(Bytes("GET /items/42 HTTP/1.1\r\nHost: x\r\n\r\nHEAD /hello HTTP/1.1\r\nHost: x\r\n\r\nDELETE /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
            return all;
        }

        private static List<byte[]> Encode(string[] texts)
        {
            var list = new List<byte[]>();
            foreach (string t in texts) list.Add(Bytes(t));
            return list;
        }

        // UTF-8, as the unit tests' Bytes.Ascii does for the few non-ASCII characters.
        private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
    }
}
