using System;

namespace Viper.Nano.Security
{
    /// <summary>
    /// Requires HTTP Basic credentials (RFC 7617) from <see cref="Credentials"/> on an HTTP,
    /// SSE or WebSocket route. Positional arguments only (the device ignores named ones).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
    public class BasicAuthAttribute : Attribute
    {
        /// <summary>Basic auth with the given realm (shown by browsers in the login prompt).</summary>
        public BasicAuthAttribute(string realm = "Viper.Nano")
        {
            Realm = realm;
        }

        /// <summary>The realm sent in WWW-Authenticate.</summary>
        public string Realm { get; }
    }

    /// <summary>
    /// Requires a bearer token (RFC 6750) from <see cref="Credentials"/>: in the Authorization
    /// header, or, because browsers cannot set headers on a WebSocket upgrade or an
    /// EventSource, in the query parameter <c>token</c> or as a WebSocket sub-protocol
    /// <c>bearer.TOKEN</c>. The token sub-protocol is never echoed back as the chosen one.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
    public class BearerAuthAttribute : Attribute
    {
    }

    /// <summary>Requires an API key from <see cref="Credentials"/> in a header or a query parameter.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
    public class ApiKeyAttribute : Attribute
    {
        /// <summary>
        /// The key in the named header or the named query parameter (empty for none). One
        /// constructor with defaults rather than overloads: see <see cref="Viper.Nano.Routing.WebSocketRouteAttribute"/>
        /// for why nanoFramework cannot tell overloaded attribute constructors apart.
        /// </summary>
        public ApiKeyAttribute(string header = "X-API-Key", string queryParameter = "api_key")
        {
            Header = header;
            QueryParameter = queryParameter;
        }

        /// <summary>The header that carries the key.</summary>
        public string Header { get; }

        /// <summary>The query parameter that carries the key; empty for none.</summary>
        public string QueryParameter { get; }
    }
}
