using System;
using nanoFramework.TestFramework;
using Viper.Nano.Http;
using Viper.Nano.Routing;
using Viper.Nano.Sse;
using Viper.Nano.Tests.Support;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.Routing
{
    /// <summary>Routes the table tests read by reflection.</summary>
    public static class SampleRoutes
    {
        [HttpGet("/")]
        public static void Root(HttpContext context) { }

        [HttpGet("/api/sensors")]
        [Summary("All sensors")]
        public static void List(HttpContext context) { }

        [HttpGet("/api/sensors/{id}")]
        public static void One(HttpContext context) { }

        [HttpGet("/api/sensors/stats")]
        public static void Stats(HttpContext context) { }

        [HttpPut("/api/sensors/{name}")]
        [HttpDelete("/api/sensors/{id}")]
        public static void Change(HttpContext context) { }

        [HttpGet("/api/{kind}/{id}/history")]
        public static void History(HttpContext context) { }

        [HttpHead("/only-head")]
        public static void OnlyHead(HttpContext context) { }

        [HttpPost("/dir/")]
        public static void Directory(HttpContext context) { }

        [WebSocketRoute("/ws/chat", "chat.v2 chat.v1")]
        public static void Chat(WebSocket socket) { }

        [SseRoute("/events")]
        public static void Events(SseStream stream) { }

        public static void NotARoute(HttpContext context) { }
    }

    /// <summary>A handler that is not static.</summary>
    public class InstanceRoute
    {
        [HttpGet("/instance")]
        public void Handler(HttpContext context) { }
    }

    /// <summary>An HTTP handler with the wrong parameter.</summary>
    public static class WrongParameterRoute
    {
        [HttpGet("/wrong")]
        public static void Handler(string text) { }
    }

    /// <summary>Two routes for the same method and path shape.</summary>
    public static class DuplicateRoutes
    {
        [HttpGet("/a/{x}")]
        public static void First(HttpContext context) { }

        [HttpGet("/a/{y}")]
        public static void Second(HttpContext context) { }
    }

    [TestClass]
    public class RouteTableTests
    {
        private static RouteTable _table;
        private static HttpRequest _request;
        private static int _allow;

        [Setup]
        public static void Build()
        {
            _table = new RouteTable();
            _table.Add(typeof(SampleRoutes));
            _table.Freeze();
        }

        // Matches "METHOD path" and keeps the request so tests can read its route parameters.
        private static Route Match(string method, string path)
        {
            RequestHeadParser head = HeadParsing.Complete(method + " " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
            _request = new HttpRequest(head, 4);
            int index = _table.Match(head.Buffer, head.MethodIndex, head.PathOffset, head.PathLength, _request.ParamOffsets, _request.ParamLengths, out _allow);
            if (index == RouteTable.NoMatch) return null;
            Route route = _table.Routes[index];
            _request.ParamNames = route.ParamNames;
            return route;
        }

        [TestMethod]
        public static void ReadsEveryAttributeOnce()
        {
            Assert.AreEqual(11, _table.Count);
            Assert.AreEqual(2, _table.MaxParams);
        }

        [TestMethod]
        public static void LiteralPathsMatch()
        {
            Assert.AreEqual("Root", Match("GET", "/").Handler.Name);
            Assert.AreEqual("List", Match("GET", "/api/sensors").Handler.Name);
            Assert.AreEqual("All sensors", Match("GET", "/api/sensors").Summary);
            Assert.AreEqual("List", Match("GET", "/api/sensors?x=1").Handler.Name);
        }

        [TestMethod]
        public static void ParametersTakeOneWholeSegment()
        {
            Assert.AreEqual("One", Match("GET", "/api/sensors/t1").Handler.Name);
            Assert.AreEqual("t1", _request.GetRouteParam("id"));
            Assert.IsNull(_request.GetRouteParam("name"));
            Assert.AreEqual("History", Match("GET", "/api/temp/7/history").Handler.Name);
            Assert.AreEqual("temp", _request.GetRouteParam("kind"));
            Assert.AreEqual("7", _request.GetRouteParam("id"));
            Assert.AreEqual("One", Match("GET", "/api/sensors/a%20b").Handler.Name);
            Assert.AreEqual("a b", _request.GetRouteParam("id"));
            Assert.IsNull(Match("GET", "/api/sensors/"));
            Assert.IsNull(Match("GET", "/api/sensors/a/b"));
        }

        [TestMethod]
        public static void LiteralBeatsParameter()
        {
            Assert.AreEqual("Stats", Match("GET", "/api/sensors/stats").Handler.Name);
        }

        [TestMethod]
        public static void PathsMatchExactlyAsSent()
        {
            Assert.IsNull(Match("GET", "/API/sensors"));
            Assert.IsNull(Match("GET", "/api/sensors/"));
            Assert.IsNull(Match("GET", "//api/sensors"));
            Assert.AreEqual("Directory", Match("POST", "/dir/").Handler.Name);
            Assert.IsNull(Match("POST", "/dir"));
        }

        [TestMethod]
        public static void AbsoluteFormWithoutPathIsTheRoot()
        {
            RequestHeadParser head = HeadParsing.Complete("GET http://x HTTP/1.1\r\nHost: x\r\n\r\n");
            int index = _table.Match(head.Buffer, head.MethodIndex, head.PathOffset, head.PathLength, new int[2], new int[2], out _allow);
            Assert.AreEqual("Root", _table.Routes[index].Handler.Name);
        }

        [TestMethod]
        public static void NoRouteForThePathIs404()
        {
            Assert.IsNull(Match("GET", "/nothing"));
            Assert.AreEqual(0, _allow);
        }

        // The path exists for other methods: 405, and the table says which (RFC 9110 15.5.6).
        [TestMethod]
        public static void WrongMethodListsTheAllowedOnes()
        {
            Assert.IsNull(Match("POST", "/api/sensors/3"));
            Assert.AreEqual("GET, HEAD, PUT, DELETE, OPTIONS", HttpMethods.AllowValue(_allow));
            Assert.AreEqual("Change", Match("PUT", "/api/sensors/3").Handler.Name);
            Assert.AreEqual("3", _request.GetRouteParam("name"));
            Assert.IsNull(Match("GET", "/dir/"));
            Assert.AreEqual("POST, OPTIONS", HttpMethods.AllowValue(_allow));
        }

        [TestMethod]
        public static void HeadIsServedByGetUnlessAHeadRouteExists()
        {
            Assert.AreEqual("List", Match("HEAD", "/api/sensors").Handler.Name);
            Assert.AreEqual("OnlyHead", Match("HEAD", "/only-head").Handler.Name);
            Assert.IsNull(Match("GET", "/only-head"));
            Assert.AreEqual("HEAD, OPTIONS", HttpMethods.AllowValue(_allow));
        }

        [TestMethod]
        public static void MethodsAreCaseSensitive()
        {
            Assert.IsNull(Match("get", "/api/sensors"));
            Assert.AreEqual(-1, HttpMethods.IndexOf("get"));
        }

        [TestMethod]
        public static void WebSocketAndSseRoutesAreGetRoutesOfTheirKind()
        {
            Route chat = Match("GET", "/ws/chat");
            Assert.AreEqual((int)RouteKind.WebSocket, (int)chat.Kind);
            Assert.AreEqual(2, chat.Protocols.Length);
            Assert.AreEqual("chat.v2", chat.Protocols[0]);
            Assert.AreEqual("chat.v1", chat.Protocols[1]);
            Assert.AreEqual(typeof(WebSocket), chat.ParameterType);
            Route events = Match("GET", "/events");
            Assert.AreEqual((int)RouteKind.Sse, (int)events.Kind);
            Assert.AreEqual(0, events.Protocols.Length);
            // HEAD gets an event stream's head (RFC 9110 9.3.2); a WebSocket upgrade is GET only.
            Assert.AreSame(events, Match("HEAD", "/events"));
            Assert.IsNull(Match("HEAD", "/ws/chat"));
        }

        [TestMethod]
        public static void AllMethodBitsCoverTheTable()
        {
            Assert.AreEqual("GET, HEAD, POST, PUT, DELETE", HttpMethods.AllowValue(_table.AllMethodBits));
        }

        [TestMethod]
        public static void BadHandlersAndDuplicatesFailAtStartup()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new RouteTable().Add(typeof(InstanceRoute)));
            Assert.ThrowsException(typeof(ArgumentException), () => new RouteTable().Add(typeof(WrongParameterRoute)));
            Assert.ThrowsException(typeof(ArgumentException), () => new RouteTable().Add(typeof(DuplicateRoutes)));
        }

        [TestMethod]
        public static void FrozenTableTakesNoMoreRoutes()
        {
            Assert.ThrowsException(typeof(InvalidOperationException), () => _table.Add(typeof(DuplicateRoutes)));
        }
    }
}
