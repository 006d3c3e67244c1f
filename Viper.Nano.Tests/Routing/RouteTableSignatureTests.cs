using System;
using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.Routing
{
    /// <summary>A WebSocket route whose handler takes an HttpContext (the case issue 15 met).</summary>
    public static class WebSocketTakingContext
    {
        [WebSocketRoute("/ws")]
        public static void Chat(HttpContext context) { }
    }

    /// <summary>An SSE route whose handler takes a WebSocket.</summary>
    public static class SseTakingWebSocket
    {
        [SseRoute("/events")]
        public static void Events(WebSocket ws) { }
    }

    /// <summary>An HTTP route whose handler takes an SseStream.</summary>
    public static class HttpTakingStream
    {
        [HttpGet("/page")]
        public static void Page(SseStream stream) { }
    }

    /// <summary>An HTTP route whose handler returns a value (the server would drop it).</summary>
    public static class HttpReturningValue
    {
        [HttpGet("/count")]
        public static int Count(HttpContext context) { return 1; }
    }

    /// <summary>A WebSocket route with two parameters.</summary>
    public static class WebSocketWithTwoParameters
    {
        [WebSocketRoute("/ws")]
        public static void Chat(WebSocket ws, string room) { }
    }

    /// <summary>One right handler of each kind.</summary>
    public static class RightSignatures
    {
        [HttpGet("/page")]
        public static void Page(HttpContext context) { }

        [WebSocketRoute("/ws")]
        public static void Chat(WebSocket ws) { }

        [SseRoute("/events")]
        public static void Events(SseStream stream) { }
    }

    // Issue 15, item 6: a [WebSocketRoute] taking an HttpContext was accepted and answered 500 at
    // the first request. Every route kind's handler shape is now checked when it is added.
    [TestClass]
    public class RouteTableSignatureTests
    {
        private static void AssertRefused(Type controller, string method, string expected)
        {
            var table = new RouteTable();
            try
            {
                table.Add(controller);
            }
            catch (ArgumentException e)
            {
                Assert.IsTrue(e.Message.IndexOf(controller.Name + "." + method) >= 0, "names the method: " + e.Message);
                Assert.IsTrue(e.Message.IndexOf(expected) >= 0, "gives the signature '" + expected + "': " + e.Message);
                return;
            }

            Assert.IsTrue(false, controller.Name + "." + method + " was accepted");
        }

        [TestMethod]
        public static void AWebSocketHandlerTakingAnHttpContextIsRefused()
        {
            AssertRefused(typeof(WebSocketTakingContext), "Chat", "static void Chat(WebSocket)");
        }

        [TestMethod]
        public static void AnSseHandlerTakingAWebSocketIsRefused()
        {
            AssertRefused(typeof(SseTakingWebSocket), "Events", "static void Events(SseStream)");
        }

        [TestMethod]
        public static void AnHttpHandlerTakingAStreamIsRefused()
        {
            AssertRefused(typeof(HttpTakingStream), "Page", "static void Page(HttpContext)");
        }

        [TestMethod]
        public static void AHandlerReturningAValueIsRefused()
        {
            AssertRefused(typeof(HttpReturningValue), "Count", "static void Count(HttpContext)");
        }

        [TestMethod]
        public static void AHandlerWithTwoParametersIsRefused()
        {
            AssertRefused(typeof(WebSocketWithTwoParameters), "Chat", "static void Chat(WebSocket)");
        }

        [TestMethod]
        public static void RightHandlersOfEveryKindAreAdded()
        {
            var table = new RouteTable();
            table.Add(typeof(RightSignatures));
            Assert.AreEqual(3, table.Count);
        }
    }
}
