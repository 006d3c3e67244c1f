using Viper.Nano.Http;
using Viper.Nano.Routing;

namespace Viper.Nano.OpenApi
{
    /// <summary>The routes ViperServer.AddOpenApi adds: the document and the page that shows it.</summary>
    internal static class OpenApiRoutes
    {
        /// <summary>The OpenAPI 3.0 document, built once at start-up.</summary>
        [HttpGet("/openapi.json")]
        [Summary("This API as an OpenAPI 3.0 document (WebSocket routes under x-websocket)")]
        public static void Document(HttpContext context)
        {
            byte[] document = context.Host.OpenApiJson;
            context.Response.WriteJsonRaw(document, 0, document.Length);
        }

        /// <summary>A self-contained page listing the routes of the document.</summary>
        [HttpGet("/docs")]
        [Summary("A page listing the routes (no internet needed)")]
        public static void Docs(HttpContext context)
        {
            context.Response.WriteText(DocsPage.Html, "text/html; charset=utf-8");
        }
    }
}
