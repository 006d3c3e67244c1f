using System.Text;
using nanoFramework.TestFramework;
using Viper.Nano.OpenApi;
using Viper.Nano.Routing;
using Viper.Nano.Tests.Routing;

namespace Viper.Nano.Tests.OpenApi
{
    [TestClass]
    public class OpenApiDocumentTests
    {
        private static string Build(bool includeWebSockets)
        {
            var table = new RouteTable();
            table.Add(typeof(SampleRoutes));
            table.Freeze();
            byte[] json = OpenApiDocument.Build(table, "Test \"API\"", "2.1", includeWebSockets);
            return Encoding.UTF8.GetString(json, 0, json.Length);
        }

        [TestMethod]
        public static void TheHeadNamesTheVersionAndEscapesTheTitle()
        {
            Assert.StartsWith("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Test \\\"API\\\"\",\"version\":\"2.1\"},\"paths\":{", Build(true));
        }

        [TestMethod]
        public static void OperationsCarrySummariesAndPathParameters()
        {
            string doc = Build(true);
            Assert.Contains("\"/api/sensors\":{\"get\":{\"operationId\":\"SampleRoutes.List\",\"summary\":\"All sensors\"", doc);
            Assert.Contains("\"/api/{kind}/{id}/history\":{\"get\":{\"operationId\":\"SampleRoutes.History\",\"parameters\":[" +
                "{\"name\":\"kind\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}," +
                "{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]", doc);
            Assert.Contains("\"post\":{\"operationId\":\"SampleRoutes.Directory\"", doc);
        }

        [TestMethod]
        public static void SseRoutesAnswerAnEventStream()
        {
            Assert.Contains("\"/events\":{\"get\":{\"operationId\":\"SampleRoutes.Events\",\"responses\":{\"200\":{\"description\":\"An event stream\"," +
                "\"content\":{\"text/event-stream\":{\"schema\":{\"type\":\"string\"}}}}}}}", Build(true));
        }

        [TestMethod]
        public static void WebSocketRoutesAreListedWithTheirSubprotocolsUnlessTurnedOff()
        {
            string doc = Build(true);
            Assert.Contains(",\"x-websocket\":[{\"path\":\"/ws/chat\",\"summary\":null,\"subprotocols\":[\"chat.v2\",\"chat.v1\"]}]}", doc);
            Assert.DoesNotContains("\"/ws/chat\":{", doc);
            Assert.DoesNotContains("x-websocket", Build(false));
        }
    }
}
