using nanoFramework.TestFramework;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class CloseStatusTests
    {
        // RFC 6455 section 7.4.1 codes an endpoint may send, IANA's 1012-1014, and 3000-4999.
        [DataRow(1000)]
        [DataRow(1001)]
        [DataRow(1002)]
        [DataRow(1003)]
        [DataRow(1007)]
        [DataRow(1008)]
        [DataRow(1009)]
        [DataRow(1010)]
        [DataRow(1011)]
        [DataRow(1012)]
        [DataRow(1013)]
        [DataRow(1014)]
        [DataRow(3000)]
        [DataRow(3999)]
        [DataRow(4000)]
        [DataRow(4999)]
        public static void ValidOnTheWire(int code)
        {
            Assert.IsTrue(CloseStatus.IsValidOnWire(code), code.ToString());
        }

        // Autobahn 7.9.x-style invalid codes: reserved, local-only (1005, 1006, 1015), unassigned.
        [DataRow(0)]
        [DataRow(999)]
        [DataRow(1004)]
        [DataRow(1005)]
        [DataRow(1006)]
        [DataRow(1015)]
        [DataRow(1016)]
        [DataRow(1100)]
        [DataRow(2000)]
        [DataRow(2999)]
        [DataRow(5000)]
        [DataRow(65535)]
        [DataRow(-1)]
        public static void InvalidOnTheWire(int code)
        {
            Assert.IsFalse(CloseStatus.IsValidOnWire(code), code.ToString());
        }

        [TestMethod]
        public static void ConstantsAreTheRegisteredNumbers()
        {
            Assert.AreEqual(1000, CloseStatus.NormalClosure);
            Assert.AreEqual(1001, CloseStatus.GoingAway);
            Assert.AreEqual(1002, CloseStatus.ProtocolError);
            Assert.AreEqual(1003, CloseStatus.UnsupportedData);
            Assert.AreEqual(1005, CloseStatus.NoStatusReceived);
            Assert.AreEqual(1006, CloseStatus.AbnormalClosure);
            Assert.AreEqual(1007, CloseStatus.InvalidPayloadData);
            Assert.AreEqual(1008, CloseStatus.PolicyViolation);
            Assert.AreEqual(1009, CloseStatus.MessageTooBig);
            Assert.AreEqual(1010, CloseStatus.MandatoryExtension);
            Assert.AreEqual(1011, CloseStatus.InternalServerError);
            Assert.AreEqual(1013, CloseStatus.TryAgainLater);
        }
    }
}
