using Viper.Nano.Http;
using Viper.Nano.Crypto;
using Viper.Nano.Text;

namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// The server side of the opening handshake (RFC 6455 section 4.2): checks the client's
    /// upgrade request, chooses a subprotocol, and writes the 101 answer or the refusal.
    /// No extension is ever negotiated, so Sec-WebSocket-Extensions offers (permessage-deflate)
    /// are ignored and never answered (section 9.1): the peer must then not use any.
    /// </summary>
    internal static class WebSocketHandshake
    {
        /// <summary>The only protocol version this server speaks (section 4.4).</summary>
        public const string Version = "13";

        /// <summary>Validate without an Origin policy; see <see cref="Validate(IUpgradeRequest, string[])"/>.</summary>
        public static int Validate(IUpgradeRequest request)
        {
            return Validate(request, (string[])null);
        }

        /// <summary>Validate with the Origin allow-list of <paramref name="options"/>.</summary>
        public static int Validate(IUpgradeRequest request, ServerOptions options)
        {
            return Validate(request, options == null ? null : options.AllowedOrigins);
        }

        /// <summary>
        /// Returns 0 when the request is a valid upgrade (section 4.2.1), else the HTTP status to
        /// answer with <see cref="WriteRejectResponse"/>: 405 for a method other than GET; 400 for
        /// HTTP/1.0, a missing Host, an Upgrade header without the "websocket" token, a Connection
        /// header without the "Upgrade" token (both compared ignoring case) or a Sec-WebSocket-Key
        /// that is not base64 of exactly 16 bytes; 426 when Sec-WebSocket-Version is missing or
        /// not 13; 403 when <paramref name="allowedOrigins"/> is not null and the request carries
        /// an Origin not in it (compared ignoring case; no Origin means a non-browser client).
        /// </summary>
        public static int Validate(IUpgradeRequest request, string[] allowedOrigins)
        {
            if (request.Method != "GET") return 405;
            if (!request.IsHttp11) return 400;
            string host = request.GetHeader("Host");
            if (host == null || host.Trim().Length == 0) return 400;
            if (!TokenList.Contains(request.GetHeader("Upgrade"), "websocket", true)) return 400;
            if (!TokenList.Contains(request.GetHeader("Connection"), "Upgrade", true)) return 400;
            if (!IsValidKey(request.GetHeader("Sec-WebSocket-Key"))) return 400;
            string version = request.GetHeader("Sec-WebSocket-Version");
            if (version == null || version.Trim() != Version) return 426;
            if (allowedOrigins != null && !IsAllowedOrigin(request.GetHeader("Origin"), allowedOrigins)) return 403;
            return 0;
        }

        /// <summary>Section 4.1: the key is a random 16-byte nonce, base64-encoded (24 characters).</summary>
        public static bool IsValidKey(string key)
        {
            if (key == null) return false;
            key = key.Trim();
            if (key.Length != 24) return false;
            byte[] ascii = new byte[24];
            for (int i = 0; i < 24; i++)
            {
                char c = key[i];
                if (c > 127) return false;
                ascii[i] = (byte)c;
            }

            return Base64.Decode(ascii, 0, 24, new byte[18], 0, 18) == 16;
        }

        /// <summary>
        /// True when a handshake from <paramref name="origin"/> may go on: no allow-list, no
        /// Origin (a non-browser client), or an origin in the list (compared ignoring case).
        /// </summary>
        public static bool IsAllowedOrigin(string origin, string[] allowed)
        {
            if (origin == null || allowed == null) return true;
            origin = origin.Trim();
            for (int i = 0; i < allowed.Length; i++)
            {
                if (TokenList.EqualsIgnoreCase(origin, allowed[i])) return true;
            }

            return false;
        }

        /// <summary>
        /// Chooses the subprotocol (section 4.2.2, /subprotocol/): the first entry of
        /// <paramref name="supported"/> (the server's order of preference) that the client listed
        /// in Sec-WebSocket-Protocol. Several header lines joined with ", " are one list. Names
        /// are tokens compared exactly, case included. Returns null when nothing is in common or
        /// nothing was offered: the answer then has no Sec-WebSocket-Protocol header, and the
        /// client decides whether to go on without one. A <c>bearer.TOKEN</c> entry carries a
        /// secret, not a protocol (<see cref="IsTokenCarrier"/>): it is never chosen, even when
        /// a route lists it, so the token is never written back into the response.
        /// </summary>
        public static string SelectSubprotocol(string offeredHeader, string[] supported)
        {
            if (offeredHeader == null || supported == null) return null;
            for (int i = 0; i < supported.Length; i++)
            {
                if (IsTokenCarrier(supported[i])) continue;
                if (TokenList.Contains(offeredHeader, supported[i], false)) return supported[i];
            }

            return null;
        }

        /// <summary>True when the client offered <paramref name="subprotocol"/> (exact match).</summary>
        public static bool IsOffered(string offeredHeader, string subprotocol)
        {
            return TokenList.Contains(offeredHeader, subprotocol, false);
        }

        /// <summary>
        /// The sub-protocol prefix that carries a bearer token (<c>bearer.TOKEN</c>): such an
        /// entry is a credential, never a protocol to choose.
        /// </summary>
        public const string TokenProtocolPrefix = "bearer.";

        /// <summary>
        /// True for a sub-protocol entry that carries a bearer token
        /// (<see cref="TokenProtocolPrefix"/>, case as sent): browsers
        /// cannot set headers on an upgrade, so a token may come this way, and it must never be
        /// echoed as the chosen protocol (it would land in proxies' and clients' logs).
        /// </summary>
        public static bool IsTokenCarrier(string subprotocol)
        {
            return subprotocol != null && subprotocol.StartsWith(TokenProtocolPrefix);
        }

        /// <summary>
        /// Writes the 101 Switching Protocols answer (section 4.2.2, step 5) for the client's
        /// Sec-WebSocket-Key, with Sec-WebSocket-Protocol when <paramref name="subprotocol"/> is
        /// not null. Returns the bytes written (129 + 26 + the protocol's length at most).
        /// </summary>
        public static int WriteAcceptResponse(byte[] buffer, int offset, string key, string subprotocol)
        {
            int p = offset;
            p = Ascii(buffer, p, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ");
            string trimmed = key.Trim();
            byte[] keyBytes = new byte[trimmed.Length];
            Ascii(keyBytes, 0, trimmed);
            HandshakeKey.ComputeAccept(keyBytes, 0, keyBytes.Length, new Sha1(), new byte[Sha1.HashSize], buffer, p);
            p += HandshakeKey.AcceptLength;
            p = Ascii(buffer, p, "\r\n");
            if (subprotocol != null)
            {
                p = Ascii(buffer, p, "Sec-WebSocket-Protocol: ");
                p = Ascii(buffer, p, subprotocol);
                p = Ascii(buffer, p, "\r\n");
            }

            p = Ascii(buffer, p, "\r\n");
            return p - offset;
        }

        /// <summary>
        /// Writes a refusal with an empty body that ends the connection. 400 and 426 carry
        /// Sec-WebSocket-Version: 13 (section 4.4) so a client with another version can retry;
        /// 426 also names the protocol in Upgrade (RFC 9110 section 15.5.22), which in turn needs
        /// "upgrade" in Connection (RFC 9110 section 7.8); 405 carries Allow: GET.
        /// Returns the bytes written (at most 160).
        /// </summary>
        public static int WriteRejectResponse(byte[] buffer, int offset, int status)
        {
            int p = offset;
            p = Ascii(buffer, p, "HTTP/1.1 ");
            buffer[p++] = (byte)('0' + status / 100 % 10);
            buffer[p++] = (byte)('0' + status / 10 % 10);
            buffer[p++] = (byte)('0' + status % 10);
            buffer[p++] = (byte)' ';
            p = Ascii(buffer, p, ReasonPhrase(status));
            p = Ascii(buffer, p, "\r\n");
            if (status == 400 || status == 426) p = Ascii(buffer, p, "Sec-WebSocket-Version: 13\r\n");
            if (status == 405) p = Ascii(buffer, p, "Allow: GET\r\n");
            if (status == 426)
            {
                p = Ascii(buffer, p, "Upgrade: websocket\r\nConnection: Upgrade, close\r\n");
            }
            else
            {
                p = Ascii(buffer, p, "Connection: close\r\n");
            }

            p = Ascii(buffer, p, "Content-Length: 0\r\n\r\n");
            return p - offset;
        }

        private static string ReasonPhrase(int status)
        {
            switch (status)
            {
                case 400: return "Bad Request";
                case 401: return "Unauthorized";
                case 403: return "Forbidden";
                case 404: return "Not Found";
                case 405: return "Method Not Allowed";
                case 426: return "Upgrade Required";
                case 429: return "Too Many Requests";
                case 500: return "Internal Server Error";
                case 503: return "Service Unavailable";
                default: return "Refused";
            }
        }

        // Header text is ASCII by construction (tokens, base64, digits).
        private static int Ascii(byte[] buffer, int p, string text)
        {
            for (int i = 0; i < text.Length; i++) buffer[p++] = (byte)text[i];
            return p;
        }
    }
}
