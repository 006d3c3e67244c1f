using System;
using Viper.Nano.Server;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>A port is one server's: a second server on it fails at Start, saying why.</summary>
    public class PortReuseTests
    {
        [Fact]
        public void ASecondServerOnATakenPortFailsWithAClearMessage()
        {
            using var first = new TestServer();
            var second = new ViperServer(new ServerOptions { Port = first.Port });
            second.AddRoutes(typeof(HttpTestRoutes));
            var e = Assert.Throws<InvalidOperationException>(() => second.Start());
            Assert.StartsWith("cannot listen on port " + first.Port + " (ServerOptions.Port): it is in use by another server", e.Message);
            Assert.False(second.IsRunning);
            // The first server still has the port to itself and answers.
            Assert.StartsWith("HTTP/1.1 200 ", first.Exchange("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        }
    }
}
