using Viper.Nano.Routing;
using Viper.Nano.WebSockets;

namespace Viper.Nano.CapacityRun
{
    /// <summary>The guide's echo, a blocking Receive() loop: the run measures what such a client costs next to an event-style one.</summary>
    public static class GuideStyleRoutes
    {
        [WebSocketRoute("/ws/echo")]
        public static void Echo(WebSocket ws)
        {
            if (!ws.Accept()) return;
            while (true)
            {
                WebSocketMessage message = ws.Receive();
                if (message.Type == MessageType.Close) break;
                ws.SendText(message.Text);
            }
        }
    }
}
