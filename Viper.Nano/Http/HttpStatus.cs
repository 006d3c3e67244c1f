namespace Viper.Nano.Http
{
    /// <summary>
    /// The status codes the server itself produces or that handlers commonly set, and their reason
    /// phrases (RFC 9110 section 15). Phrases are string literals, so writing a status line
    /// allocates nothing.
    /// </summary>
    public static class HttpStatus
    {
        /// <summary>100: the client may send the body it announced with Expect (RFC 9110 15.2.1).</summary>
        public const int Continue = 100;

        /// <summary>101: the connection changes protocol (WebSocket handshake).</summary>
        public const int SwitchingProtocols = 101;

        /// <summary>200.</summary>
        public const int OK = 200;

        /// <summary>201.</summary>
        public const int Created = 201;

        /// <summary>202.</summary>
        public const int Accepted = 202;

        /// <summary>204: no body; the writer sends no Content-Length either (RFC 9110 8.6).</summary>
        public const int NoContent = 204;

        /// <summary>301.</summary>
        public const int MovedPermanently = 301;

        /// <summary>302: what <see cref="HttpResponse.Redirect"/> sends unless told otherwise.</summary>
        public const int Found = 302;

        /// <summary>303.</summary>
        public const int SeeOther = 303;

        /// <summary>304: no body, like 204.</summary>
        public const int NotModified = 304;

        /// <summary>307.</summary>
        public const int TemporaryRedirect = 307;

        /// <summary>308.</summary>
        public const int PermanentRedirect = 308;

        /// <summary>400: malformed request line, header or framing (RFC 9112 sections 3, 5, 6).</summary>
        public const int BadRequest = 400;

        /// <summary>401.</summary>
        public const int Unauthorized = 401;

        /// <summary>403.</summary>
        public const int Forbidden = 403;

        /// <summary>404: no route has this path.</summary>
        public const int NotFound = 404;

        /// <summary>405: routes have this path, for other methods; sent with Allow.</summary>
        public const int MethodNotAllowed = 405;

        /// <summary>408: the head or body did not arrive within its timeout.</summary>
        public const int RequestTimeout = 408;

        /// <summary>409.</summary>
        public const int Conflict = 409;

        /// <summary>411.</summary>
        public const int LengthRequired = 411;

        /// <summary>413: the body is larger than ServerOptions.MaxBodySize.</summary>
        public const int ContentTooLarge = 413;

        /// <summary>414: the request target is longer than ServerOptions.MaxUriLength.</summary>
        public const int UriTooLong = 414;

        /// <summary>415.</summary>
        public const int UnsupportedMediaType = 415;

        /// <summary>417: an Expect value other than 100-continue (RFC 9110 10.1.1).</summary>
        public const int ExpectationFailed = 417;

        /// <summary>426: the route needs a protocol upgrade (WebSocket).</summary>
        public const int UpgradeRequired = 426;

        /// <summary>429.</summary>
        public const int TooManyRequests = 429;

        /// <summary>431: the head is larger than the limits, or has too many fields.</summary>
        public const int RequestHeaderFieldsTooLarge = 431;

        /// <summary>500: a handler threw.</summary>
        public const int InternalServerError = 500;

        /// <summary>501: an unknown method or transfer coding, or a route whose layer is missing.</summary>
        public const int NotImplemented = 501;

        /// <summary>503: every connection slot is busy.</summary>
        public const int ServiceUnavailable = 503;

        /// <summary>505: an HTTP major version other than 1.</summary>
        public const int HttpVersionNotSupported = 505;

        /// <summary>The reason phrase for <paramref name="status"/>; "Unknown" for codes not listed.</summary>
        public static string ReasonPhrase(int status)
        {
            switch (status)
            {
                case 100: return "Continue";
                case 101: return "Switching Protocols";
                case 200: return "OK";
                case 201: return "Created";
                case 202: return "Accepted";
                case 204: return "No Content";
                case 206: return "Partial Content";
                case 301: return "Moved Permanently";
                case 302: return "Found";
                case 303: return "See Other";
                case 304: return "Not Modified";
                case 307: return "Temporary Redirect";
                case 308: return "Permanent Redirect";
                case 400: return "Bad Request";
                case 401: return "Unauthorized";
                case 403: return "Forbidden";
                case 404: return "Not Found";
                case 405: return "Method Not Allowed";
                case 406: return "Not Acceptable";
                case 408: return "Request Timeout";
                case 409: return "Conflict";
                case 410: return "Gone";
                case 411: return "Length Required";
                case 412: return "Precondition Failed";
                case 413: return "Content Too Large";
                case 414: return "URI Too Long";
                case 415: return "Unsupported Media Type";
                case 417: return "Expectation Failed";
                case 422: return "Unprocessable Content";
                case 426: return "Upgrade Required";
                case 429: return "Too Many Requests";
                case 431: return "Request Header Fields Too Large";
                case 500: return "Internal Server Error";
                case 501: return "Not Implemented";
                case 502: return "Bad Gateway";
                case 503: return "Service Unavailable";
                case 504: return "Gateway Timeout";
                case 505: return "HTTP Version Not Supported";
                default: return "Unknown";
            }
        }

        /// <summary>
        /// True for statuses whose responses never carry a body or Content-Length:
        /// 1xx, 204 and 304 (RFC 9110 sections 8.6 and 15).
        /// </summary>
        public static bool HasNoBody(int status)
        {
            return status < 200 || status == NoContent || status == NotModified;
        }
    }
}
