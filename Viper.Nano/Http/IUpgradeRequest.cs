namespace Viper.Nano.Http
{
    /// <summary>
    /// What the WebSocket layer needs from the HTTP request that asked for the upgrade. The HTTP
    /// server's request type implements it; tests use a small fake.
    /// </summary>
    internal interface IUpgradeRequest
    {
        /// <summary>The request method as sent, e.g. "GET".</summary>
        string Method { get; }

        /// <summary>True for HTTP/1.1 (RFC 6455 section 4.1 requires HTTP/1.1 or higher).</summary>
        bool IsHttp11 { get; }

        /// <summary>The path of the request target, without the query.</summary>
        string Path { get; }

        /// <summary>The query string without the '?', or an empty string.</summary>
        string Query { get; }

        /// <summary>
        /// A header value by case-insensitive name; a header sent on several lines comes back as
        /// the values joined with ", " (RFC 9110 section 5.3); null when absent.
        /// </summary>
        string GetHeader(string name);
    }
}
