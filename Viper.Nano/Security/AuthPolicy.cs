using System;
using System.Reflection;
using Viper.Nano.Http;

namespace Viper.Nano.Security
{
    /// <summary>
    /// What a route requires before its handler runs, read once at start-up from the
    /// [BasicAuth], [BearerAuth] and [ApiKey] attributes on the handler or its class
    /// (GetCustomAttributes builds new objects per call on the device: never per request).
    /// </summary>
    internal class AuthPolicy
    {
        private const int None = 0;
        private const int Basic = 1;
        private const int Bearer = 2;
        private const int ApiKey = 3;

        private int scheme;
        private string realm;
        private string header;
        private string query;

        /// <summary>A policy that lets everyone in.</summary>
        public static readonly AuthPolicy Open = new AuthPolicy();

        /// <summary>True when the route needs credentials.</summary>
        public bool IsRequired => scheme != None;

        /// <summary>Reads the policy of <paramref name="handler"/> (a method attribute wins over its class's).</summary>
        public static AuthPolicy For(MethodInfo handler)
        {
            AuthPolicy p = FromAttributes(handler.GetCustomAttributes(true));
            if (p == null) p = FromAttributes(handler.DeclaringType.GetCustomAttributes(true));
            return p ?? Open;
        }

        private static AuthPolicy FromAttributes(object[] attributes)
        {
            for (int i = 0; i < attributes.Length; i++)
            {
                object a = attributes[i];
                if (a is BasicAuthAttribute basic) return new AuthPolicy { scheme = Basic, realm = basic.Realm };
                if (a is BearerAuthAttribute) return new AuthPolicy { scheme = Bearer };
                if (a is ApiKeyAttribute key) return new AuthPolicy { scheme = ApiKey, header = key.Header, query = key.QueryParameter };
            }

            return null;
        }

        /// <summary>
        /// 0 when <paramref name="request"/> may reach the handler; otherwise the status to answer
        /// (401 with <paramref name="challenge"/> for WWW-Authenticate, or 403).
        /// </summary>
        public int Check(Credentials credentials, HttpRequest request, out string challenge)
        {
            challenge = null;
            switch (scheme)
            {
                case Basic:
                    return Authenticator.CheckBasic(credentials, request.GetHeader("Authorization"), realm, out challenge);
                case Bearer:
                    return Authenticator.CheckBearer(credentials, request.GetHeader("Authorization"), request.GetQuery("token"),
                        request.GetHeader("Sec-WebSocket-Protocol"), out challenge);
                case ApiKey:
                    return Authenticator.CheckApiKey(credentials, header == null ? null : request.GetHeader(header),
                        query == null || query.Length == 0 ? null : request.GetQuery(query), header, out challenge);
                default:
                    return 0;
            }
        }
    }
}
