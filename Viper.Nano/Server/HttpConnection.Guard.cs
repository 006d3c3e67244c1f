using Viper.Nano.Routing;
using Viper.Nano.Http;
using Viper.Nano.Security;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Server
{
    /// <summary>The checks every request passes before a handler or a takeover runs it.</summary>
    internal sealed partial class HttpConnection
    {
        // The request rate of the address, CORS, a WebSocket's Origin, then the route's
        // credentials (within the server-wide budget of failures). False when the request was
        // answered here (429, 403, 401 or a preflight's 204).
        private bool Admit(Route route, int routeIndex)
        {
            // A refused request's body was not read, so the connection cannot go on after it.
            bool close = _parser.HasBody;
            if (!_server.Limiter.TryAcquire(_slot.RemoteAddress))
            {
                _server.Stats.CountRateLimited();
                _response.SetHeader("Retry-After", "1");
                _response.WriteError(HttpStatus.TooManyRequests, "request rate over the limit", close);
                return false;
            }

            if (_options.CorsAllowedOrigins != null && !AdmitCrossOrigin(close)) return false;
            if (route == null) return true;
            if (route.Kind == RouteKind.WebSocket && !WebSocketHandshake.IsAllowedOrigin(_request.GetHeader("Origin"), _options.AllowedOrigins))
            {
                // RFC 6455 10.2: refused here, not in Accept, so a cross-site page never gets as
                // far as the handler (which may act before it answers the upgrade).
                _response.WriteError(HttpStatus.Forbidden, "origin not allowed", true);
                return false;
            }

            AuthPolicy policy = _server.PolicyAt(routeIndex);
            if (!policy.IsRequired) return true;
            AuthFailureBudget budget = _server.AuthBudget;
            if (!budget.TryReserve(System.DateTime.UtcNow.Ticks))
            {
                // The server-wide budget of failures is spent: no credential is looked at, so
                // guessing stays slow however many addresses the guesser uses.
                _server.Stats.CountRateLimited();
                _response.SetHeader("Retry-After", budget.RetryAfterSeconds.ToString());
                _response.WriteError(HttpStatus.TooManyRequests, "too many failed authentications", close);
                return false;
            }

            string challenge;
            int status = policy.Check(_options.Credentials, _request, out challenge);
            if (status == 0)
            {
                budget.Succeeded();
                return true;
            }

            budget.Failed(System.DateTime.UtcNow.Ticks);
            _server.Stats.CountAuthFailure();
            // RFC 9110 15.5.2: a 401 carries at least one challenge.
            if (status == HttpStatus.Unauthorized) _response.SetHeader("WWW-Authenticate", challenge);
            _response.WriteError(status, null, close);
            return false;
        }

        // Fetch standard, CORS protocol: a preflight (OPTIONS with Access-Control-Request-Method)
        // is answered here; other cross-origin requests get their Allow-Origin header.
        private bool AdmitCrossOrigin(bool close)
        {
            string origin = _request.GetHeader("Origin");
            if (origin == null) return true;
            bool preflight = _parser.MethodIndex == HttpMethods.OptionsIndex && _request.GetHeader("Access-Control-Request-Method") != null;
            string allowOrigin = Cors.AllowOriginValue(_options.CorsAllowedOrigins, origin);
            if (allowOrigin == null)
            {
                if (!preflight) return true; // the browser withholds the answer without our header
                _response.WriteError(HttpStatus.Forbidden, "origin not allowed", close);
                return false;
            }

            _response.SetHeader("Access-Control-Allow-Origin", allowOrigin);
            if (allowOrigin != "*") _response.SetHeader("Vary", "Origin");
            if (!preflight) return true;
            _response.Status = HttpStatus.NoContent;
            _response.SetHeader("Access-Control-Allow-Methods", _options.CorsAllowedMethods);
            _response.SetHeader("Access-Control-Allow-Headers", _options.CorsAllowedHeaders);
            _response.SetHeader("Access-Control-Max-Age", _options.CorsMaxAgeSeconds.ToString());
            if (close) _response.CloseConnection = true;
            return false;
        }
    }
}
