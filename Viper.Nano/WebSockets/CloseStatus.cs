namespace Viper.Nano.WebSockets
{
    /// <summary>
    /// Close status codes (RFC 6455 section 7.4.1 and the IANA "WebSocket Close Code Number"
    /// registry), and the rule for which of them may appear in a Close frame.
    /// </summary>
    public static class CloseStatus
    {
        /// <summary>1000: the purpose of the connection has been fulfilled.</summary>
        public const int NormalClosure = 1000;

        /// <summary>1001: the endpoint is going away (server shutting down, page navigated away).</summary>
        public const int GoingAway = 1001;

        /// <summary>1002: the peer broke the protocol.</summary>
        public const int ProtocolError = 1002;

        /// <summary>1003: a data type the endpoint cannot accept (for example binary where only text is understood).</summary>
        public const int UnsupportedData = 1003;

        /// <summary>1005: reported locally when a Close frame carried no code; never sent (section 7.4.1).</summary>
        public const int NoStatusReceived = 1005;

        /// <summary>1006: reported locally when the connection ended without a Close frame; never sent.</summary>
        public const int AbnormalClosure = 1006;

        /// <summary>1007: message data not consistent with its type, such as invalid UTF-8 in text (section 8.1).</summary>
        public const int InvalidPayloadData = 1007;

        /// <summary>1008: a message violated the endpoint's policy.</summary>
        public const int PolicyViolation = 1008;

        /// <summary>1009: a message too big to process (here: over ServerOptions.MaxMessageSize).</summary>
        public const int MessageTooBig = 1009;

        /// <summary>1010: sent by a client when the server did not negotiate an extension it requires.</summary>
        public const int MandatoryExtension = 1010;

        /// <summary>1011: the server met an unexpected condition (an exception in a handler).</summary>
        public const int InternalServerError = 1011;

        /// <summary>1013: IANA-registered "Try Again Later": the server is overloaded.</summary>
        public const int TryAgainLater = 1013;

        /// <summary>
        /// True when <paramref name="code"/> may be carried by a Close frame (RFC 6455 section 7.4).
        /// Accepted: 1000-1003 and 1007-1011 (section 7.4.1), 1012-1014 (Service Restart, Try Again
        /// Later, Bad Gateway: registered with IANA after the RFC, sent by real servers, and
        /// accepted by browsers and python-websockets), and 3000-4999 (libraries, frameworks and
        /// applications, section 7.4.2).
        /// Rejected: 1004 (reserved), 1005, 1006 and 1015 (local-only by definition), the rest of
        /// 1016-2999 (reserved for future RFCs) and everything outside 1000-4999.
        /// </summary>
        public static bool IsValidOnWire(int code)
        {
            if (code >= 1000 && code <= 1003) return true;
            if (code >= 1007 && code <= 1014) return true;
            return code >= 3000 && code <= 4999;
        }
    }
}
