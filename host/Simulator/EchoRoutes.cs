using Viper.Nano.Routing;
using Viper.Nano.WebSockets;

namespace Viper.Nano.Simulator
{
    /// <summary>
    /// `--sample echo`: a plain echo WebSocket at /, what conformance suites and load tools
    /// expect: each message comes back unchanged, text as text and bytes as bytes.
    /// </summary>
    public static class EchoRoutes
    {
        [WebSocketRoute("/")]
        public static void Echo(WebSocket ws)
        {
            if (!ws.Accept()) return;
            while (true)
            {
                WebSocketMessage m = ws.Receive();
                if (m.Type == MessageType.Close) return;
                bool sent = m.Type == MessageType.Text
                    ? ws.SendText(m.Buffer, m.Offset, m.Count)
                    : ws.SendBytes(m.Buffer, m.Offset, m.Count);
                if (!sent) return;
            }
        }
    }
}
