using System.Text;
using Viper.Nano.Text;

namespace Viper.Nano.Security
{
    /// <summary>
    /// Checks presented credentials against <see cref="Credentials"/>. Each check returns 0
    /// when the request may proceed, or the HTTP status to answer with: 401 with the challenge
    /// to send in WWW-Authenticate (RFC 9110 section 11.6.1: a 401 must carry one), or 403 for a
    /// wrong API key. The handler never runs unless the result is 0.
    /// </summary>
    internal static class Authenticator
    {
        /// <summary>HTTP Basic (RFC 7617) from the Authorization header.</summary>
        public static int CheckBasic(Credentials credentials, string authorization, string realm, out string challenge)
        {
            challenge = "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
            string encoded = SchemeValue(authorization, "basic");
            if (encoded == null) return 401;
            byte[] input = Encoding.UTF8.GetBytes(encoded);
            byte[] decoded = new byte[input.Length];
            int n = Base64.Decode(input, 0, input.Length, decoded, 0, decoded.Length);
            if (n < 0 || !IsValidUtf8(decoded, n)) return 401;
            string pair = new string(Encoding.UTF8.GetChars(decoded, 0, n));
            int colon = pair.IndexOf(':');
            if (colon < 0) return 401;
            return credentials.CheckUser(pair.Substring(0, colon), pair.Substring(colon + 1)) ? 0 : 401;
        }

        /// <summary>
        /// A bearer token (RFC 6750) from the Authorization header, else the <c>token</c> query
        /// parameter, else a <c>bearer.TOKEN</c> entry of the offered WebSocket sub-protocols.
        /// </summary>
        public static int CheckBearer(Credentials credentials, string authorization, string queryToken, string offeredProtocols, out string challenge)
        {
            string token = SchemeValue(authorization, "bearer");
            if (token == null) token = queryToken;
            if (token == null) token = ProtocolToken(offeredProtocols);
            if (token == null || token.Length == 0)
            {
                // RFC 6750 section 3.1: no error code when the request carried no token at all.
                challenge = "Bearer realm=\"Viper.Nano\"";
                return 401;
            }

            challenge = "Bearer realm=\"Viper.Nano\", error=\"invalid_token\"";
            return credentials.CheckToken(token) ? 0 : 401;
        }

        /// <summary>An API key from a header or a query parameter: missing 401, wrong 403.</summary>
        public static int CheckApiKey(Credentials credentials, string headerValue, string queryValue, string headerName, out string challenge)
        {
            challenge = "ApiKey realm=\"Viper.Nano\", header=\"" + headerName + "\"";
            string key = headerValue ?? queryValue;
            if (key == null || key.Length == 0) return 401;
            return credentials.CheckApiKey(key) ? 0 : 403;
        }

        /// <summary>The sub-protocol carrying a token (<c>bearer.TOKEN</c>), which must never be chosen as the protocol.</summary>
        public const string ProtocolPrefix = Viper.Nano.WebSockets.WebSocketHandshake.TokenProtocolPrefix;

        /// <summary>The token in an offered sub-protocol list, or null.</summary>
        public static string ProtocolToken(string offeredProtocols)
        {
            if (offeredProtocols == null) return null;
            string[] items = offeredProtocols.Split(',');
            for (int i = 0; i < items.Length; i++)
            {
                string p = items[i].Trim();
                if (p.Length > ProtocolPrefix.Length && p.StartsWith(ProtocolPrefix)) return p.Substring(ProtocolPrefix.Length);
            }

            return null;
        }

        // "Scheme credentials": the scheme is case-insensitive (RFC 9110 section 11.1).
        private static string SchemeValue(string header, string lowerScheme)
        {
            if (header == null) return null;
            string h = header.Trim();
            if (h.Length <= lowerScheme.Length || h[lowerScheme.Length] != ' ') return null;
            if (h.Substring(0, lowerScheme.Length).ToLower() != lowerScheme) return null;
            string value = h.Substring(lowerScheme.Length + 1).Trim();
            return value.Length == 0 ? null : value;
        }

        private static bool IsValidUtf8(byte[] b, int n)
        {
            // Decoding invalid UTF-8 throws on the device: check first (ASCII fast path).
            for (int i = 0; i < n; i++)
            {
                if (b[i] >= 0x80) return new Utf8Validator().IsValidText(b, 0, n);
            }

            return true;
        }
    }
}
