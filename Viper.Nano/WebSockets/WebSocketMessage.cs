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

        // Plain fields behind read-only properties: SetData runs once per received message, and
        // on nanoCLR each auto-property setter is an interpreted call of its own.
        private MessageType _type;
        private byte[] _buffer;
        private int _offset;
        private int _count;
        private int _closeCode;
        private string _closeReason;

        /// <summary>Text, Bytes or Close.</summary>
        public MessageType Type
        {
            get { return _type; }
        }

        /// <summary>The receive buffer holding the payload (null for Close).</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Start of the payload in <see cref="Buffer"/>.</summary>
        public int Offset
        {
            get { return _offset; }
        }

        /// <summary>Payload length in bytes (UTF-8 bytes for text).</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>
        /// For Close: why the connection ended. The peer's code when the peer closed (1005 when
        /// its Close had no code), the code this side sent when it closed or failed the
        /// connection (1002, 1007, 1009 or the code given to Close), 1006 when the connection
        /// dropped without a closing handshake. 0 for data messages.
        /// </summary>
        public int CloseCode
        {
            get { return _closeCode; }
        }

        /// <summary>For Close: the reason text that went with <see cref="CloseCode"/>, or "".</summary>
        public string CloseReason
        {
            get { return _closeReason; }
        }

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
            _type = type;
            _buffer = buffer;
            _offset = offset;
            _count = count;
            _closeCode = 0;
            _closeReason = string.Empty; // not a literal: each load of one allocates on nanoCLR
            _text = null;
        }

        internal void SetClose(int code, string reason)
        {
            _type = MessageType.Close;
            _buffer = null;
            _offset = 0;
            _count = 0;
            _closeCode = code;
            _closeReason = reason == null ? string.Empty : reason;
            _text = null;
        }
    }
}
