using nanoFramework.TestFramework;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Tests.WebSockets
{
    [TestClass]
    public class OpcodeTests
    {
        [TestMethod]
        public static void ValuesOfSection5_2()
        {
            Assert.AreEqual(0, Opcode.Continuation);
            Assert.AreEqual(1, Opcode.Text);
            Assert.AreEqual(2, Opcode.Binary);
            Assert.AreEqual(8, Opcode.Close);
            Assert.AreEqual(9, Opcode.Ping);
            Assert.AreEqual(10, Opcode.Pong);
        }

        [TestMethod]
        public static void ControlAndDefined()
        {
            for (int op = 0; op < 16; op++)
            {
                Assert.AreEqual(op >= 8, Opcode.IsControl(op), "control " + op);
                bool defined = op == 0 || op == 1 || op == 2 || op == 8 || op == 9 || op == 10;
                Assert.AreEqual(defined, Opcode.IsDefined(op), "defined " + op);
            }
        }
    }
}
