namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// What <see cref="WebSocket.Receive"/> returned, named after the guide's message "type"
    /// values ("text", "bytes", "close"). On the device Enum.ToString() gives the number.
    /// </summary>
    public enum MessageType
    {
        /// <summary>A text message: valid UTF-8, read it with <see cref="WebSocketMessage.Text"/>.</summary>
        Text = 0,

        /// <summary>A binary message: <see cref="WebSocketMessage.Bytes"/> or the Buffer/Offset/Count view.</summary>
        Bytes = 1,

        /// <summary>The connection is over; <see cref="WebSocketMessage.CloseCode"/> says why.</summary>
        Close = 2,
    }
}
