using System;
using System.Reflection;

namespace Viper.Nano.Routing
{
    /// <summary>
    /// One entry of the <see cref="RouteTable"/>: what it answers (kind, method, pattern), what it
    /// says about itself (summary, subprotocols), and the handler to invoke. The pattern is split
    /// into byte segments once, here, so matching a request compares bytes and allocates nothing.
    /// </summary>
    internal sealed class Route
    {
        private static readonly string[] NoStrings = new string[0];

        internal Route(RouteKind kind, int methodIndex, string method, string pattern, string protocols, MethodInfo handler, Type parameterType)
        {
            Kind = kind;
            MethodIndex = methodIndex;
            Method = method;
            Pattern = pattern;
            Handler = handler;
            ParameterType = parameterType;
            Protocols = SplitProtocols(protocols);
            ParsePattern(pattern);
        }

        /// <summary>HTTP handler, WebSocket endpoint or event stream.</summary>
        public RouteKind Kind { get; private set; }

        /// <summary>The method it answers ("GET" for WebSocket and SSE routes).</summary>
        public string Method { get; private set; }

        /// <summary>Index of <see cref="Method"/> in <see cref="Viper.Nano.Http.HttpMethods.Names"/>.</summary>
        public int MethodIndex { get; private set; }

        /// <summary>The pattern as written in the attribute.</summary>
        public string Pattern { get; private set; }

        /// <summary>The [Summary] text, or null.</summary>
        public string Summary { get; internal set; }

        /// <summary>WebSocket subprotocols in order of preference; empty when none.</summary>
        public string[] Protocols { get; private set; }

        /// <summary>The static method to invoke.</summary>
        public MethodInfo Handler { get; private set; }

        /// <summary>The type of the handler's only parameter (HttpContext for HTTP routes).</summary>
        public Type ParameterType { get; private set; }

        /// <summary>Names of the path parameters, in the order they appear in the pattern.</summary>
        public string[] ParamNames { get; private set; }

        /// <summary>Number of path segments in the pattern ("/" has none).</summary>
        public int SegmentCount => Segments.Length;

        /// <summary>True when segment <paramref name="index"/> is a parameter.</summary>
        public bool IsParamSegment(int index) => ParamSlot[index] >= 0;

        internal byte[][] Segments { get; private set; }

        // For each segment: the index of its parameter in ParamNames, or -1 for a literal.
        internal int[] ParamSlot { get; private set; }

        /// <summary>True when both routes match exactly the same paths (parameter names aside).</summary>
        internal bool SameShape(Route other)
        {
            if (other.Segments.Length != Segments.Length) return false;
            for (int i = 0; i < Segments.Length; i++)
            {
                if ((ParamSlot[i] < 0) != (other.ParamSlot[i] < 0)) return false;
                if (ParamSlot[i] >= 0) continue;
                byte[] a = Segments[i];
                byte[] b = other.Segments[i];
                if (a.Length != b.Length) return false;
                for (int k = 0; k < a.Length; k++)
                {
                    if (a[k] != b[k]) return false;
                }
            }

            return true;
        }

        private void ParsePattern(string pattern)
        {
            if (pattern == null || pattern.Length == 0 || pattern[0] != '/')
            {
                throw new ArgumentException("a route pattern starts with '/': " + pattern);
            }

            string[] parts = pattern.Length == 1 ? NoStrings : pattern.Substring(1).Split('/');
            Segments = new byte[parts.Length][];
            ParamSlot = new int[parts.Length];
            int paramCount = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                if (IsParam(parts[i])) paramCount++;
            }

            ParamNames = paramCount == 0 ? NoStrings : new string[paramCount];
            int p = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i];
                if (IsParam(part))
                {
                    string name = part.Substring(1, part.Length - 2);
                    for (int k = 0; k < p; k++)
                    {
                        if (ParamNames[k] == name) throw new ArgumentException("repeated route parameter in " + pattern);
                    }

                    ParamNames[p] = name;
                    ParamSlot[i] = p++;
                    Segments[i] = new byte[0];
                    continue;
                }

                ParamSlot[i] = -1;
                Segments[i] = new byte[part.Length];
                for (int k = 0; k < part.Length; k++)
                {
                    char c = part[k];
                    if (c <= ' ' || c >= 0x7F || c == '{' || c == '}' || c == '?' || c == '#' || c == '%')
                    {
                        throw new ArgumentException("route patterns hold plain ASCII path characters: " + pattern);
                    }

                    Segments[i][k] = (byte)c;
                }
            }
        }

        private static bool IsParam(string part)
        {
            if (part.Length < 3 || part[0] != '{' || part[part.Length - 1] != '}') return false;
            for (int i = 1; i < part.Length - 1; i++)
            {
                if (part[i] == '{' || part[i] == '}') return false;
            }

            return true;
        }

        private static string[] SplitProtocols(string protocols)
        {
            if (protocols == null || protocols.Length == 0) return NoStrings;
            string[] parts = protocols.Split(' ', ',');
            int n = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                if (parts[i].Length > 0) n++;
            }

            string[] result = new string[n];
            n = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                if (parts[i].Length > 0) result[n++] = parts[i];
            }

            return result;
        }
    }
}
