using System;
using System.Reflection;
using Viper.Nano.Http;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Routing
{
    /// <summary>
    /// The server's routes, read by reflection from controller classes once at start-up into a
    /// plain array (the device builds new attribute objects on every GetCustomAttributes call, so
    /// it is never called per request). <see cref="Match"/> compares the request's path bytes with
    /// each route's segments and allocates nothing.
    /// </summary>
    /// <remarks>
    /// Paths are matched as sent, segment by segment: a literal segment must equal the raw bytes
    /// (percent-escapes are not decoded for matching; route patterns hold plain characters), a
    /// parameter takes one whole non-empty segment. A trailing slash counts. When several
    /// routes match, the one with a literal at the first segment where they differ wins.
    /// </remarks>
    internal sealed class RouteTable
    {
        /// <summary><see cref="Match"/>'s answer when no route has the method and path.</summary>
        public const int NoMatch = -1;

        private Route[] _routes = new Route[8];
        private int _count;
        private bool _frozen;

        /// <summary>The routes; the first <see cref="Count"/> entries are used.</summary>
        public Route[] Routes => _routes;

        /// <summary>Number of routes.</summary>
        public int Count => _count;

        /// <summary>The largest number of path parameters of any route.</summary>
        public int MaxParams { get; private set; }

        /// <summary>The method bits (1 shifted by the index in <see cref="HttpMethods.Names"/>) of every route.</summary>
        public int AllMethodBits { get; private set; }

        /// <summary>
        /// Adds the routes declared by attributes on the public static methods of
        /// <paramref name="controllerType"/>. Throws ArgumentException for a handler with the wrong
        /// shape, a bad pattern, or a route that duplicates another: mistakes surface at start-up.
        /// </summary>
        public void Add(Type controllerType)
        {
            if (controllerType == null) throw new ArgumentNullException("controllerType");
            if (_frozen) throw new InvalidOperationException("routes are fixed once the server starts");
            MethodInfo[] methods = controllerType.GetMethods();
            for (int m = 0; m < methods.Length; m++)
            {
                MethodInfo method = methods[m];
                object[] attributes = method.GetCustomAttributes(false);
                string summary = null;
                for (int a = 0; a < attributes.Length; a++)
                {
                    if (attributes[a] is SummaryAttribute s) summary = s.Text;
                }

                for (int a = 0; a < attributes.Length; a++)
                {
                    object attribute = attributes[a];
                    Route route = null;
                    if (attribute is HttpMethodAttribute h)
                    {
                        route = Create(RouteKind.Http, h.Method, h.Pattern, null, method);
                    }
                    else if (attribute is WebSocketRouteAttribute w)
                    {
                        route = Create(RouteKind.WebSocket, HttpMethods.Get, w.Pattern, w.Protocols, method);
                    }
                    else if (attribute is SseRouteAttribute e)
                    {
                        route = Create(RouteKind.Sse, HttpMethods.Get, e.Pattern, null, method);
                    }

                    if (route == null) continue;
                    route.Summary = summary;
                    Append(route);
                }
            }
        }

        /// <summary>No more routes may be added (the server calls this when it starts).</summary>
        public void Freeze()
        {
            _frozen = true;
        }

        /// <summary>
        /// Finds the route for a method (index in <see cref="HttpMethods.Names"/>, -1 for another)
        /// and a raw path view, filling the parameter views of the winner. Returns its index, or
        /// <see cref="NoMatch"/>; then <paramref name="allowBits"/> holds the methods other
        /// routes accept at this path (0: no route has the path, so 404; otherwise 405 with Allow).
        /// HEAD is served by a GET route when no HEAD route exists.
        /// </summary>
        public int Match(byte[] buffer, int methodIndex, int pathOffset, int pathLength, int[] paramOffsets, int[] paramLengths, out int allowBits)
        {
            allowBits = 0;
            int best = NoMatch;
            int fallback = NoMatch;
            for (int r = 0; r < _count; r++)
            {
                Route route = _routes[r];
                if (!PathMatches(route, buffer, pathOffset, pathLength, null, null)) continue;
                allowBits |= 1 << route.MethodIndex;
                bool get = route.MethodIndex == HttpMethods.GetIndex && route.Kind != RouteKind.WebSocket;
                if (get) allowBits |= 1 << HttpMethods.HeadIndex;
                if (route.MethodIndex == methodIndex)
                {
                    if (best == NoMatch || MoreSpecific(route, _routes[best])) best = r;
                }
                else if (get && methodIndex == HttpMethods.HeadIndex)
                {
                    if (fallback == NoMatch || MoreSpecific(route, _routes[fallback])) fallback = r;
                }
            }

            if (best == NoMatch) best = fallback;
            if (allowBits != 0) allowBits |= 1 << HttpMethods.OptionsIndex;
            if (best != NoMatch) PathMatches(_routes[best], buffer, pathOffset, pathLength, paramOffsets, paramLengths);
            return best;
        }

        // A path is '/'-separated segments after a leading '/'; an empty path (absolute-form
        // without one) is "/".
        private static bool PathMatches(Route route, byte[] buffer, int offset, int length, int[] paramOffsets, int[] paramLengths)
        {
            int end = offset + length;
            int i = offset;
            if (length > 0)
            {
                if (buffer[i] != '/') return false;
                i++;
            }

            byte[][] segments = route.Segments;
            int[] slots = route.ParamSlot;
            if (segments.Length == 0) return i == end;
            for (int s = 0; s < segments.Length; s++)
            {
                int j = i;
                while (j < end && buffer[j] != '/') j++;
                if (slots[s] >= 0)
                {
                    if (j == i) return false;
                    if (paramOffsets != null)
                    {
                        paramOffsets[slots[s]] = i;
                        paramLengths[slots[s]] = j - i;
                    }
                }
                else if (!HttpChars.Equals(buffer, i, j - i, segments[s]))
                {
                    return false;
                }

                if (s < segments.Length - 1)
                {
                    if (j >= end) return false;
                    i = j + 1;
                }
                else if (j != end)
                {
                    return false;
                }
            }

            return true;
        }

        // A literal beats a parameter at the first segment where two matching routes differ.
        private static bool MoreSpecific(Route a, Route b)
        {
            for (int s = 0; s < a.ParamSlot.Length; s++)
            {
                bool aParam = a.ParamSlot[s] >= 0;
                bool bParam = b.ParamSlot[s] >= 0;
                if (aParam != bParam) return bParam;
            }

            return false;
        }

        private static Route Create(RouteKind kind, string method, string pattern, string protocols, MethodInfo handler)
        {
            int methodIndex = HttpMethods.IndexOf(method);
            if (methodIndex < 0) throw new ArgumentException("unknown method " + method);
            CheckSignature(kind, handler);
            Type parameterType = handler.GetParameters()[0].ParameterType;
            return new Route(kind, methodIndex, method, pattern, protocols, handler, parameterType);
        }

        // Each route kind has one handler shape; a wrong one fails here, when the routes are
        // added, rather than as a 500 or a 1011 at the first request.
        private static void CheckSignature(RouteKind kind, MethodInfo handler)
        {
            Type expected = kind == RouteKind.WebSocket ? typeof(WebSocket) : kind == RouteKind.Sse ? typeof(SseStream) : typeof(HttpContext);
            ParameterInfo[] parameters = handler.GetParameters();
            bool ok = handler.IsStatic && handler.ReturnType == typeof(void)
                && parameters.Length == 1 && parameters[0].ParameterType == expected;
            if (ok) return;
            string attribute = kind == RouteKind.WebSocket ? "[WebSocketRoute]" : kind == RouteKind.Sse ? "[SseRoute]" : "[HttpGet]/[HttpPost]/...";
            string owner = handler.DeclaringType == null ? "" : handler.DeclaringType.Name + ".";
            throw new ArgumentException("route handler " + owner + handler.Name + ": a " + attribute
                + " handler must be 'static void " + handler.Name + "(" + expected.Name + ")'");
        }

        private void Append(Route route)
        {
            for (int r = 0; r < _count; r++)
            {
                Route other = _routes[r];
                if (other.MethodIndex == route.MethodIndex && other.SameShape(route))
                {
                    throw new ArgumentException("two routes for " + route.Method + " " + route.Pattern);
                }
            }

            if (_count == _routes.Length)
            {
                Route[] larger = new Route[_routes.Length * 2];
                Array.Copy(_routes, larger, _count);
                _routes = larger;
            }

            _routes[_count++] = route;
            if (route.ParamNames.Length > MaxParams) MaxParams = route.ParamNames.Length;
            AllMethodBits |= 1 << route.MethodIndex;
            if (route.MethodIndex == HttpMethods.GetIndex && route.Kind != RouteKind.WebSocket) AllMethodBits |= 1 << HttpMethods.HeadIndex;
        }
    }
}
