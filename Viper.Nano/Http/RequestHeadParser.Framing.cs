namespace Viper.Nano.Http
{
    /// <summary>
    /// What the fields say about the message once the head is complete: its body length
    /// (RFC 9112 section 6), whether the connection persists (section 9.3), Host (section 3.2)
    /// and Expect (RFC 9110 10.1.1). These are the checks that stop request smuggling.
    /// </summary>
    internal sealed partial class RequestHeadParser
    {
        // Longest Content-Length we parse exactly; anything longer is over every body limit.
        private const int MaxLengthDigits = 9;

        // The names and tokens compared for every field: in fields, as on nanoCLR every load
        // of a string literal allocates a string (about 300 bytes per request head before).
        private static readonly string HostName = "host";
        private static readonly string ContentLengthName = "content-length";
        private static readonly string TransferEncodingName = "transfer-encoding";
        private static readonly string ChunkedToken = "chunked";
        private static readonly string ConnectionName = "connection";
        private static readonly string CloseToken = "close";
        private static readonly string KeepAliveToken = "keep-alive";
        private static readonly string ExpectName = "expect";
        private static readonly string ContinueToken = "100-continue";

        /// <summary>The body length from Content-Length, or -1 when the request has none.</summary>
        public int ContentLength { get; private set; }

        /// <summary>True when the body is sent with the chunked transfer coding.</summary>
        public bool IsChunked { get; private set; }

        /// <summary>
        /// True when the connection may carry another request after this one: HTTP/1.1 unless
        /// "Connection: close", HTTP/1.0 only with "Connection: keep-alive" (RFC 9112 9.3).
        /// </summary>
        public bool KeepAlive { get; private set; }

        /// <summary>True for an HTTP/1.1 request with "Expect: 100-continue".</summary>
        public bool ExpectContinue { get; private set; }

        /// <summary>True when the request carries a body: Content-Length above 0, or chunked.</summary>
        public bool HasBody => IsChunked || ContentLength > 0;

        private void ResetFraming()
        {
            ContentLength = -1;
            IsChunked = false;
            KeepAlive = false;
            ExpectContinue = false;
        }

        private bool ApplyFraming(byte[] buffer)
        {
            int hosts = 0;
            int length = -1;
            bool hasLength = false;
            bool lengthTooLarge = false;
            bool hasCoding = false;
            bool chunked = false;
            bool otherCoding = false;
            bool close = false;
            bool keepAlive = false;
            bool expectContinue = false;
            bool expectOther = false;

            for (int f = 0; f < FieldCount; f++)
            {
                int n = _fields[4 * f];
                int nl = _fields[4 * f + 1];
                int v = _fields[4 * f + 2];
                int vl = _fields[4 * f + 3];
                if (HttpChars.EqualsIgnoreCase(buffer, n, nl, HostName))
                {
                    hosts++;
                    for (int i = v; i < v + vl; i++)
                    {
                        if (HttpChars.IsWhitespace(buffer[i]) || buffer[i] == '/' || buffer[i] == '@')
                        {
                            return Reject(400, "invalid Host");
                        }
                    }
                }
                else if (HttpChars.EqualsIgnoreCase(buffer, n, nl, ContentLengthName))
                {
                    // RFC 9110 8.6: a list of identical values may stand for one; different ones may not.
                    int i = v;
                    int end = v + vl;
                    do
                    {
                        while (i < end && HttpChars.IsWhitespace(buffer[i])) i++;
                        int digits = i;
                        int value = 0;
                        int significant = 0;
                        while (i < end && buffer[i] >= '0' && buffer[i] <= '9')
                        {
                            if (significant > 0 || buffer[i] != '0') significant++;
                            if (significant <= MaxLengthDigits) value = value * 10 + (buffer[i] - '0');
                            i++;
                        }

                        if (i == digits) return Reject(400, "invalid Content-Length");
                        while (i < end && HttpChars.IsWhitespace(buffer[i])) i++;
                        if (i < end && buffer[i] != ',') return Reject(400, "invalid Content-Length");
                        if (significant > MaxLengthDigits)
                        {
                            value = -2;
                            lengthTooLarge = true;
                        }

                        if (hasLength && value != length) return Reject(400, "differing Content-Length values");
                        hasLength = true;
                        length = value;
                        i++;
                    }
                    while (i < end);
                }
                else if (HttpChars.EqualsIgnoreCase(buffer, n, nl, TransferEncodingName))
                {
                    hasCoding = true;
                    int i = v;
                    int end = v + vl;
                    while (i < end)
                    {
                        while (i < end && (HttpChars.IsWhitespace(buffer[i]) || buffer[i] == ',')) i++;
                        int start = i;
                        while (i < end && buffer[i] != ',') i++;
                        int stop = i;
                        while (stop > start && HttpChars.IsWhitespace(buffer[stop - 1])) stop--;
                        if (stop == start) continue;

                        // RFC 9112 7: chunked is applied once, and last; nothing may follow it.
                        if (chunked) return Reject(400, "chunked is not the final transfer coding");
                        if (HttpChars.EqualsIgnoreCase(buffer, start, stop - start, ChunkedToken)) chunked = true;
                        else otherCoding = true;
                    }
                }
                else if (HttpChars.EqualsIgnoreCase(buffer, n, nl, ConnectionName))
                {
                    close |= HttpChars.ListHasToken(buffer, v, vl, CloseToken);
                    keepAlive |= HttpChars.ListHasToken(buffer, v, vl, KeepAliveToken);
                }
                else if (HttpChars.EqualsIgnoreCase(buffer, n, nl, ExpectName))
                {
                    if (HttpChars.EqualsIgnoreCase(buffer, v, vl, ContinueToken)) expectContinue = true;
                    else expectOther = true;
                }
            }

            // RFC 9112 3.2: 400 for an HTTP/1.1 request without Host, and for more than one Host.
            if (IsHttp11 && hosts == 0) return Reject(400, "missing Host");
            if (hosts > 1) return Reject(400, "more than one Host");

            if (hasCoding)
            {
                // RFC 9112 6.1: Transfer-Encoding in HTTP/1.0 means faulty framing; with Content-Length
                // it is the classic smuggling pair, which we refuse rather than pick one of.
                if (!IsHttp11) return Reject(400, "Transfer-Encoding in an HTTP/1.0 request");
                if (hasLength) return Reject(400, "both Content-Length and Transfer-Encoding");

                // RFC 9112 6.3: when chunked is not the final coding the length is unknowable: MUST 400.
                if (!chunked) return Reject(400, "chunked is not the final transfer coding");

                // RFC 9112 6.1: a coding we do not understand SHOULD get 501.
                if (otherCoding) return Reject(501, "transfer coding not implemented");
                IsChunked = true;
            }
            else if (hasLength)
            {
                if (lengthTooLarge || length > _maxBodySize) return Reject(413, "body too large");
                ContentLength = length;
            }

            // RFC 9110 10.1.1: a 100-continue expectation in HTTP/1.0 MUST be ignored.
            if (IsHttp11 && expectOther) return Reject(417, "unsupported expectation");
            ExpectContinue = IsHttp11 && expectContinue;
            KeepAlive = !close && (IsHttp11 || keepAlive);
            return true;
        }
    }
}
