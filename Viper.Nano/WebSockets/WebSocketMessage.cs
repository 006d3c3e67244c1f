using System;
using Viper.Nano.Text;

namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// A received message, shaped like the guide's {"type", "text", "bytes", "code"}. Each
    /// WebSocket owns one instance and <see cref="WebSocket.Receive"/> returns it every time, so
    /// receiving allocates nothing: read what you need before the next Receive. The zero-copy
    /// view (<see cref="Buffer"/>, <see cref="Offset"/>, <see cref="Count"/>) points into the
    /// connection's receive buffer and is valid only until the next Receive; <see cref="Text"/>
    /// and <see cref="Bytes"/> make a string or an array on demand that the caller may keep.
    /// </summary>
    public sealed class WebSocketMessage
    {
        private string _text;

        /// <summary>Text, Bytes or Close.</summary>
        public MessageType Type { get; private set; }

        /// <summary>The receive buffer holding the payload (null for Close).</summary>
        public byte[] Buffer { get; private set; }

        /// <summary>Start of the payload in <see cref="Buffer"/>.</summary>
        public int Offset { get; private set; }

        /// <summary>Payload length in bytes (UTF-8 bytes for text).</summary>
        public int Count { get; private set; }

        /// <summary>
        /// For Close: why the connection ended. The peer's code when the peer closed (1005 when
        /// its Close had no code), the code this side sent when it closed or failed the
        /// connection (1002, 1007, 1009 or the code given to Close), 1006 when the connection
        /// dropped without a closing handshake. 0 for data messages.
        /// </summary>
        public int CloseCode { get; private set; }

        /// <summary>For Close: the reason text that went with <see cref="CloseCode"/>, or "".</summary>
        public string CloseReason { get; private set; }

        /// <summary>
        /// The text of a Text message, decoded on first use (already checked to be UTF-8).
        /// "" for Bytes and Close, like the guide's msg.get("text", "").
        /// </summary>
        public string Text
        {
            get
            {
                if (Type != MessageType.Text) return string.Empty;
                if (_text == null) _text = Count == 0 ? string.Empty : Utf8.Encoding.GetString(Buffer, Offset, Count);
                return _text;
            }
        }

        /// <summary>A copy of the payload (of Text or Bytes) that outlives the next Receive; null for Close.</summary>
        public byte[] Bytes
        {
            get
            {
                if (Type == MessageType.Close) return null;
                byte[] copy = new byte[Count];
                Array.Copy(Buffer, Offset, copy, 0, Count);
                return copy;
            }
        }

        internal void SetData(MessageType type, byte[] buffer, int offset, int count)
        {
            Type = type;
            Buffer = buffer;
            Offset = offset;
            Count = count;
            CloseCode = 0;
            CloseReason = string.Empty; // not a literal: each load of one allocates on nanoCLR
            _text = null;
        }

        internal void SetClose(int code, string reason)
        {
            Type = MessageType.Close;
            Buffer = null;
            Offset = 0;
            Count = 0;
            CloseCode = code;
            CloseReason = reason == null ? string.Empty : reason;
            _text = null;
        }
    }
}
