using System;
using Viper.Nano.Routing;
using Viper.Nano.Http;

namespace Viper.Nano.Server
{
    /// <summary>One parsed request: route it, read its body, run its handler, finish its response.</summary>
    internal sealed partial class HttpConnection
    {
        // Handles the request whose head was just parsed; true when the connection goes on.
        private bool Handle(int served)
        {
            int headLength = _parser.HeadLength;
            _next = headLength;
            _request.Reset();
            _request.RemoteAddress = _slot.RemoteAddress;
            _response.Begin(_transport, _parser.MethodIndex == HttpMethods.HeadIndex, _parser.IsHttp11, _parser.KeepAlive);
            _response.SendDate = _options.SendDateHeader;
            if (_server.IsStopping || (_options.MaxRequestsPerConnection > 0 && served >= _options.MaxRequestsPerConnection))
            {
                _response.CloseConnection = true;
            }

            RouteTable routes = _server.Routes;
            int allow = 0;
            int index = RouteTable.NoMatch;
            int method = _parser.MethodIndex;
            bool known = method >= 0 && method != HttpMethods.ConnectIndex;
            if (known && !_parser.IsAsteriskForm)
            {
                index = routes.Match(_rx, method, _parser.PathOffset, _parser.PathLength, _request.ParamOffsets, _request.ParamLengths, out allow);
            }

            Route route = index == RouteTable.NoMatch ? null : routes.Routes[index];
            _request.ParamNames = route == null ? null : route.ParamNames;
            if (!Admit(route, index))
            {
                FinishResponse();
                _server.Stats.CountResponse(_response.Status);
                return _response.KeepsConnection && !_server.IsStopping;
            }

            if (route != null && route.Kind != RouteKind.Http) return TakeOver(route, headLength);

            // A client waiting for 100 Continue before an answer that is not success would wait in
            // vain for us to read its body: answer now and close instead.
            if (route == null && _parser.ExpectContinue && _parser.HasBody)
            {
                _response.CloseConnection = true;
            }
            else if (!ReadBody(headLength))
            {
                return false;
            }

            if (route != null)
            {
                Invoke(route);
            }
            else if (!known)
            {
                _response.WriteError(HttpStatus.NotImplemented, "method not implemented", false);
            }
            else if (_parser.IsAsteriskForm || (allow != 0 && method == HttpMethods.OptionsIndex))
            {
                // RFC 9110 9.3.7: OPTIONS says which methods the target (or, for "*", the server) supports.
                _response.Status = HttpStatus.NoContent;
                _response.SetHeader("Allow", HttpMethods.AllowValue(_parser.IsAsteriskForm ? routes.AllMethodBits | (1 << HttpMethods.OptionsIndex) : allow));
            }
            else if (allow != 0)
            {
                // RFC 9110 15.5.6: a 405 MUST list the methods the target supports.
                _response.SetHeader("Allow", HttpMethods.AllowValue(allow));
                _response.WriteError(HttpStatus.MethodNotAllowed, null, false);
            }
            else
            {
                _response.WriteError(HttpStatus.NotFound, null, false);
            }

            FinishResponse();
            _server.Stats.CountResponse(_response.Status);
            return _response.KeepsConnection && !_server.IsStopping;
        }

        private void Invoke(Route route)
        {
            _args[0] = _context;
            try
            {
                route.Handler.Invoke(null, _args);
            }
            catch (Exception)
            {
                _server.Stats.CountHandlerError();
                FailHandler();
            }
        }

        private void FinishResponse()
        {
            try
            {
                _response.Finish();
            }
            catch (Exception)
            {
                // Finishing runs handler-set state (headers that do not fit the buffer...).
                _server.Stats.CountHandlerError();
                FailHandler();
            }
        }

        // The handler threw: a 500 if nothing was sent yet, else the response is broken and the
        // connection must close. Either way the server goes on serving.
        private void FailHandler()
        {
            if (_response.HeadersSent)
            {
                _response.CloseConnection = true;
                return;
            }

            _response.Begin(_transport, _parser.MethodIndex == HttpMethods.HeadIndex, _parser.IsHttp11, _parser.KeepAlive);
            _response.SendDate = _options.SendDateHeader;
            _response.WriteError(HttpStatus.InternalServerError, null, false);
        }

        // A WebSocket or SSE route: the layer that owns it takes the connection, or 501 when none is installed.
        private bool TakeOver(Route route, int headLength)
        {
            ConnectionTakeover hook = route.Kind == RouteKind.WebSocket ? _server.WebSocketTakeover : _server.SseTakeover;
            if (hook == null)
            {
                Reject(HttpStatus.NotImplemented, route.Kind == RouteKind.WebSocket ? "no WebSocket layer" : "no SSE layer");
                return false;
            }

            try
            {
                hook(_slot, _context, route, headLength, _filled - headLength);
            }
            catch (Exception)
            {
                _server.Stats.CountHandlerError();
            }

            return false;
        }
    }
}
