using System.Text;
using Viper.Nano.Routing;

namespace Viper.Nano.OpenApi
{
    /// <summary>
    /// Builds an OpenAPI 3.0 document from the route table, once, at start-up: HTTP routes with
    /// their methods, path parameters and summaries; SSE routes as GET operations answering
    /// text/event-stream; WebSocket routes (unless turned off) in an <c>x-websocket</c> list with
    /// path, summary and sub-protocols, since OpenAPI 3.0 has no WebSocket operation.
    /// </summary>
    internal static class OpenApiDocument
    {
        /// <summary>The document as UTF-8 JSON.</summary>
        public static byte[] Build(RouteTable table, string title, string version, bool includeWebSockets)
        {
            var sb = new StringBuilder();
            sb.Append("{\"openapi\":\"3.0.3\",\"info\":{\"title\":");
            JsonText.AppendString(sb, title);
            sb.Append(",\"version\":");
            JsonText.AppendString(sb, version);
            sb.Append("},\"paths\":{");
            Route[] routes = table.Routes;
            bool firstPath = true;
            for (int i = 0; i < table.Count; i++)
            {
                Route r = routes[i];
                if (r.Kind == RouteKind.WebSocket || FirstWithPattern(routes, i) != i) continue;
                if (!firstPath) sb.Append(',');
                firstPath = false;
                JsonText.AppendName(sb, r.Pattern);
                sb.Append('{');
                bool firstOp = true;
                for (int j = i; j < table.Count; j++)
                {
                    Route op = routes[j];
                    if (op.Kind == RouteKind.WebSocket || op.Pattern != r.Pattern) continue;
                    if (!firstOp) sb.Append(',');
                    firstOp = false;
                    AppendOperation(sb, op);
                }

                sb.Append('}');
            }

            sb.Append('}');
            if (includeWebSockets) AppendWebSockets(sb, table);
            sb.Append('}');
            return Encoding.UTF8.GetBytes(sb.ToString());
        }

        private static void AppendOperation(StringBuilder sb, Route op)
        {
            JsonText.AppendName(sb, op.Kind == RouteKind.Sse ? "get" : op.Method.ToLower());
            sb.Append("{\"operationId\":");
            JsonText.AppendString(sb, op.Handler.DeclaringType.Name + "." + op.Handler.Name);
            if (op.Summary != null)
            {
                sb.Append(",\"summary\":");
                JsonText.AppendString(sb, op.Summary);
            }

            AppendParameters(sb, op);
            if (op.Kind == RouteKind.Sse)
            {
                sb.Append(",\"responses\":{\"200\":{\"description\":\"An event stream\",\"content\":{\"text/event-stream\":{\"schema\":{\"type\":\"string\"}}}}}}");
            }
            else
            {
                sb.Append(",\"responses\":{\"200\":{\"description\":\"OK\"}}}");
            }
        }

        private static void AppendParameters(StringBuilder sb, Route op)
        {
            string[] names = op.ParamNames;
            if (names == null || names.Length == 0) return;
            sb.Append(",\"parameters\":[");
            for (int p = 0; p < names.Length; p++)
            {
                if (p > 0) sb.Append(',');
                sb.Append("{\"name\":");
                JsonText.AppendString(sb, names[p]);
                sb.Append(",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}");
            }

            sb.Append(']');
        }

        private static void AppendWebSockets(StringBuilder sb, RouteTable table)
        {
            sb.Append(",\"x-websocket\":[");
            bool first = true;
            for (int i = 0; i < table.Count; i++)
            {
                Route r = table.Routes[i];
                if (r.Kind != RouteKind.WebSocket) continue;
                if (!first) sb.Append(',');
                first = false;
                sb.Append("{\"path\":");
                JsonText.AppendString(sb, r.Pattern);
                sb.Append(",\"summary\":");
                JsonText.AppendString(sb, r.Summary);
                sb.Append(",\"subprotocols\":[");
                string[] protocols = r.Protocols;
                for (int p = 0; protocols != null && p < protocols.Length; p++)
                {
                    if (p > 0) sb.Append(',');
                    JsonText.AppendString(sb, protocols[p]);
                }

                sb.Append("]}");
            }

            sb.Append(']');
        }

        private static int FirstWithPattern(Route[] routes, int index)
        {
            for (int i = 0; i < index; i++)
            {
                if (routes[i].Kind != RouteKind.WebSocket && routes[i].Pattern == routes[index].Pattern) return i;
            }

            return index;
        }
    }
}
