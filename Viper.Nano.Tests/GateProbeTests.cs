// THROWAWAY probe for the tests gate.
using nanoFramework.TestFramework;
using Viper.Nano.Probe;

namespace Viper.Nano.Tests.Probe
{
    [TestClass]
    public class GateProbeTests
    {
        [Setup]
        public void Setup() { OutputHelper.WriteLine("setup"); }

        [TestMethod]
        public void Routes() { Assert.AreEqual(2, GateProbe.Route("ab")); Assert.IsTrue(true, "msg"); }

        [DataRow(1, "a")]
        [DataRow(2, "bb")]
        public void Rows(int n, string s) { Assert.AreEqual(n, s.Length); }

        [TestMethod]
        public void Throws() { Assert.ThrowsException(typeof(System.ArgumentException), () => throw new System.ArgumentException()); CollectionAssert.AreEqual(new int[] { 1 }, new int[] { 1 }); }
    }
}
