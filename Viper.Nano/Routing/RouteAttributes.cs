using System;

namespace Viper.Nano.Routing
{
    /// <summary>A one-line description of a route, for generated API documents.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class SummaryAttribute : Attribute
    {
        /// <summary>Describes the route in <paramref name="text"/>.</summary>
        public SummaryAttribute(string text)
        {
            Text = text;
        }

        /// <summary>The description.</summary>
        public string Text { get; private set; }
    }

    /// <summary>
    /// Marks a static method taking the WebSocket layer's connection object as the handler of the
    /// WebSocket endpoint at a path. The optional second argument lists the subprotocols the
    /// endpoint speaks, separated by spaces, in order of preference: "mqtt mqttv5".
    /// </summary>
    /// <remarks>
    /// One constructor with an optional argument, not two overloads: with two positional
    /// arguments nanoFramework's attribute reader first asks for a constructor taking one
    /// <c>object[]</c>, and the interpreter hands it any one-parameter constructor, so a
    /// <c>(string)</c> overload would receive the argument array as its path. The compiler writes
    /// the default into every use, so each use has the same two arguments.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class WebSocketRouteAttribute : Attribute
    {
        /// <summary>A WebSocket endpoint at <paramref name="pattern"/> speaking <paramref name="protocols"/> (none by default).</summary>
        public WebSocketRouteAttribute(string pattern, string protocols = "")
        {
            Pattern = pattern;
            Protocols = protocols;
        }

        /// <summary>The path pattern.</summary>
        public string Pattern { get; private set; }

        /// <summary>Space-separated subprotocols; empty for none.</summary>
        public string Protocols { get; private set; }
    }

    /// <summary>Marks a static method taking the SSE layer's stream object as the handler of an event stream at a path.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class SseRouteAttribute : Attribute
    {
        /// <summary>An event stream at <paramref name="pattern"/>.</summary>
        public SseRouteAttribute(string pattern)
        {
            Pattern = pattern;
        }

        /// <summary>The path pattern.</summary>
        public string Pattern { get; private set; }
    }

    /// <summary>What a route leads to.</summary>
    internal enum RouteKind
    {
        /// <summary>A request answered by a <c>static void X(HttpContext)</c> handler.</summary>
        Http,

        /// <summary>A WebSocket upgrade, handed to the WebSocket layer.</summary>
        WebSocket,

        /// <summary>A server-sent event stream, handed to the SSE layer.</summary>
        Sse,
    }
}
