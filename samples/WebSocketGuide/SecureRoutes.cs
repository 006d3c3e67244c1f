using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Security;
using Viper.Nano.Server;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Samples.WebSocketGuide
{
    /// <summary>
    /// Protected routes to copy: an HTTP route behind Basic auth, a WebSocket behind a bearer
    /// token (sent as ?token=, since a browser's WebSocket cannot set headers), a route behind an
    /// API key, and CORS for one web app's origin. The secrets here are examples: change them,
    /// or load them with Credentials.Load from a file that is not in your repository.
    /// </summary>
    public static class SecureRoutes
    {
        /// <summary>The Basic user name of /secure/basic.</summary>
        public const string User = "admin";

        /// <summary>Its password.</summary>
        public const string Password = "change-me";

        /// <summary>The bearer token /ws/secure accepts.</summary>
        public const string Token = "s3cret-token";

        /// <summary>The API key /secure/key accepts (header X-API-Key, or ?api_key=).</summary>
        public const string Key = "k3y-0123456789";

        /// <summary>The one origin allowed to read these routes from a browser (CORS).</summary>
        public const string WebAppOrigin = "http://localhost:3000";

        /// <summary>Adds the secrets and the CORS origin to <paramref name="options"/>; call before Start.</summary>
        public static void Configure(ServerOptions options)
        {
            options.Credentials.AddUser(User, Password);
            options.Credentials.AddBearerToken(Token);
            options.Credentials.AddApiKey(Key);
            options.CorsAllowedOrigins = WebAppOrigin;
        }

        /// <summary>Basic auth (RFC 7617): 401 with a WWW-Authenticate challenge without it.</summary>
        [HttpGet("/secure/basic")]
        [BasicAuth("WebSocketGuide")]
        [Summary("Basic auth: admin / change-me")]
        public static void Basic(HttpContext context)
        {
            context.Response.WriteText("hello, " + User);
        }

        /// <summary>An API key in the X-API-Key header or ?api_key=: 401 without one, 403 for a wrong one.</summary>
        [HttpGet("/secure/key")]
        [ApiKey]
        [Summary("API key in X-API-Key or ?api_key=")]
        public static void KeyStatus(HttpContext context)
        {
            context.Response.WriteJsonRaw(Status, 0, Status.Length);
        }

        private static readonly byte[] Status = Viper.Nano.Text.Utf8.Encoding.GetBytes("{\"status\":\"ok\"}");

        /// <summary>A WebSocket behind a bearer token (?token=, the Authorization header, or a bearer.TOKEN sub-protocol): echoes text.</summary>
        [WebSocketRoute("/ws/secure")]
        [BearerAuth]
        [Summary("Bearer token as ?token=; echoes each text message")]
        public static void Secure(WebSocket ws)
        {
            ws.Accept();
            while (true)
            {
                WebSocketMessage msg = ws.Receive();
                if (msg.Type == MessageType.Close) break;
                ws.SendText("secure:" + msg.Text);
            }
        }
    }
}
