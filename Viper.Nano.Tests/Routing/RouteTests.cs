using System;
using nanoFramework.TestFramework;
using Viper.Nano.Routing;

namespace Viper.Nano.Tests.Routing
{
    /// <summary>Patterns the route table refuses or splits (Route parses them once, at start-up).</summary>
    public static class PatternRoutes
    {
        [HttpGet("/a/{first}/b/{second}")]
        public static void Two(Viper.Nano.Http.HttpContext context) { }
    }

    /// <summary>A pattern without a leading slash.</summary>
    public static class NoSlashRoute
    {
        [HttpGet("api")]
        public static void Handler(Viper.Nano.Http.HttpContext context) { }
    }

    /// <summary>A pattern with a query.</summary>
    public static class QueryRoute
    {
        [HttpGet("/api?x=1")]
        public static void Handler(Viper.Nano.Http.HttpContext context) { }
    }

    /// <summary>A pattern with a brace inside a segment.</summary>
    public static class HalfParamRoute
    {
        [HttpGet("/api/x{id}")]
        public static void Handler(Viper.Nano.Http.HttpContext context) { }
    }

    /// <summary>A pattern naming one parameter twice.</summary>
    public static class RepeatedParamRoute
    {
        [HttpGet("/{id}/{id}")]
        public static void Handler(Viper.Nano.Http.HttpContext context) { }
    }

    [TestClass]
    public class RouteTests
    {
        [TestMethod]
        public static void PatternIsSplitIntoSegmentsAndParameters()
        {
            RouteTable table = new RouteTable();
            table.Add(typeof(PatternRoutes));
            Route route = table.Routes[0];
            Assert.AreEqual("/a/{first}/b/{second}", route.Pattern);
            Assert.AreEqual("GET", route.Method);
            Assert.AreEqual(4, route.SegmentCount);
            Assert.IsFalse(route.IsParamSegment(0));
            Assert.IsTrue(route.IsParamSegment(1));
            Assert.AreEqual(2, route.ParamNames.Length);
            Assert.AreEqual("first", route.ParamNames[0]);
            Assert.AreEqual("second", route.ParamNames[1]);
            Assert.AreEqual(0, route.Protocols.Length);
            Assert.IsNull(route.Summary);
        }

        [TestMethod]
        public static void MalformedPatternsAreRefused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new RouteTable().Add(typeof(NoSlashRoute)));
            Assert.ThrowsException(typeof(ArgumentException), () => new RouteTable().Add(typeof(QueryRoute)));
            Assert.ThrowsException(typeof(ArgumentException), () => new RouteTable().Add(typeof(HalfParamRoute)));
            Assert.ThrowsException(typeof(ArgumentException), () => new RouteTable().Add(typeof(RepeatedParamRoute)));
        }
    }
}
