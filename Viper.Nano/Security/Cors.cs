using Viper.Nano.Http;
namespace Viper.Nano.Security
{
    /// <summary>
    /// Cross-origin checks (Fetch standard, CORS protocol) against
    /// <see cref="ServerOptions.CorsAllowedOrigins"/>, and the Origin
    /// allow-list of WebSocket handshakes (RFC 6455 section 10.2: the server decides which
    /// origins it serves, and answers others with 403).
    /// </summary>
    internal static class Cors
    {
        /// <summary>
        /// True when <paramref name="origin"/> is in <paramref name="allowed"/> ("*", or a comma
        /// list compared exactly, as origins are serialised by browsers).
        /// </summary>
        public static bool IsAllowed(string allowed, string origin)
        {
            if (allowed == null || origin == null) return false;
            if (allowed.Trim() == "*") return true;
            string[] items = allowed.Split(',');
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i].Trim() == origin) return true;
            }

            return false;
        }

        /// <summary>
        /// The CORS header lines (each ending in CRLF) for a response to <paramref name="request"/>,
        /// or null: for responses written outside HttpResponse, such as an SSE stream's head.
        /// </summary>
        public static string ResponseHeaders(ServerOptions options, HttpRequest request)
        {
            string value = AllowOriginValue(options.CorsAllowedOrigins, request.GetHeader("Origin"));
            if (value == null) return null;
            return "Access-Control-Allow-Origin: " + value + "\r\n" + (value == "*" ? "" : "Vary: Origin\r\n");
        }

        /// <summary>
        /// The Access-Control-Allow-Origin value for a request from <paramref name="origin"/>,
        /// or null when none should be sent. A list answers with the one origin (and the
        /// response must then carry Vary: Origin so caches keep answers apart).
        /// </summary>
        public static string AllowOriginValue(string allowed, string origin)
        {
            if (!IsAllowed(allowed, origin)) return null;
            return allowed.Trim() == "*" ? "*" : origin;
        }
    }
}
