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
        /// <summary>Basic auth with the realm "Viper.Nano".</summary>
        public BasicAuthAttribute() : this("Viper.Nano")
        {
        }

        /// <summary>Basic auth with the given realm (shown by browsers in the login prompt).</summary>
        public BasicAuthAttribute(string realm)
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
        /// <summary>The key in header <c>X-API-Key</c> or query parameter <c>api_key</c>.</summary>
        public ApiKeyAttribute() : this("X-API-Key", "api_key")
        {
        }

        /// <summary>The key in the named header (the query parameter is <c>api_key</c>).</summary>
        public ApiKeyAttribute(string header) : this(header, "api_key")
        {
        }

        /// <summary>The key in the named header or the named query parameter (null for none).</summary>
        public ApiKeyAttribute(string header, string queryParameter)
        {
            Header = header;
            QueryParameter = queryParameter;
        }

        /// <summary>The header that carries the key.</summary>
        public string Header { get; }

        /// <summary>The query parameter that carries the key, or null.</summary>
        public string QueryParameter { get; }
    }
}
