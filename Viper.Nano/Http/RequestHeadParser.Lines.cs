namespace Viper.Nano.Http
{
    /// <summary>The request line (RFC 9112 section 3), field lines (section 5) and the limits on both.</summary>
    internal sealed partial class RequestHeadParser
    {
        // No line end yet (or none within the limit): check what has arrived, up to the limit,
        // then the limit itself. An endless method or target is refused as soon as it is too
        // long, and a head gets the same answer however the network cut it.
        private ParseStatus Incomplete(byte[] buffer, int end)
        {
            int limit = _start + _maxHeadSize;
            if (end > limit) end = limit;
            if (_state == StateRequestLine)
            {
                // A CR at the end may be the first half of the line's CRLF: wait for the next byte.
                int to = end > _lineScan && buffer[end - 1] == HttpChars.CR ? end - 1 : end;
                if (!ScanRequestLine(buffer, to)) return ParseStatus.Invalid;
            }

            if (end - _start < _maxHeadSize) return ParseStatus.NeedMore;
            if (_state == StateRequestLine) return Fail(414, "request line too long");
            return Fail(431, "request head too large");
        }

        // request-line = method SP request-target SP HTTP-version (RFC 9112 section 3), single
        // spaces only. Checks the bytes up to <to> that were not checked yet, in order, so the
        // first offending byte decides the answer whether the line came whole or in pieces.
        private bool ScanRequestLine(byte[] buffer, int to)
        {
            for (int k = _lineScan; k < to; k++)
            {
                int b = buffer[k];
                if (_secondSpace >= 0)
                {
                    if (!VersionByte(b, k - _secondSpace - 1)) return false;
                }
                else if (_firstSpace >= 0)
                {
                    if (b == HttpChars.SP)
                    {
                        if (k == _firstSpace + 1) return Reject(400, "malformed request line");
                        _secondSpace = k;
                    }
                    else if (!HttpChars.IsTargetChar(b))
                    {
                        return Reject(400, "invalid character in request target");
                    }
                    else if (k - _firstSpace > _maxUriLength)
                    {
                        return Reject(414, "request target too long");
                    }
                }
                else if (b == HttpChars.SP)
                {
                    if (k == _lineStart) return Reject(400, "malformed request line");
                    _firstSpace = k;
                }
                else if (!HttpChars.IsTokenChar(b))
                {
                    return Reject(400, "malformed request line");
                }
                else if (k - _lineStart >= MaxMethodLength)
                {
                    // Longer than any method we implement: RFC 9112 section 3 suggests 501.
                    return Reject(501, "method not implemented");
                }
            }

            if (to > _lineScan) _lineScan = to;
            return true;
        }

        // HTTP-version = "HTTP/" DIGIT "." DIGIT, case-sensitive (RFC 9112 2.3); byte <index> of it.
        private bool VersionByte(int b, int index)
        {
            switch (index)
            {
                case 0: return b == 'H' || Reject(400, "malformed HTTP version");
                case 1:
                case 2: return b == 'T' || Reject(400, "malformed HTTP version");
                case 3: return b == 'P' || Reject(400, "malformed HTTP version");
                case 4: return b == '/' || Reject(400, "malformed HTTP version");
                case 6: return b == '.' || Reject(400, "malformed HTTP version");
                case 5:
                case 7: return (b >= '0' && b <= '9') || Reject(400, "malformed HTTP version");
                default:
                    return Reject(400, "malformed HTTP version");
            }
        }

        // The whole request line has been scanned: it must have had all three parts.
        private bool FinishRequestLine(byte[] buffer, int start, int end)
        {
            if (_secondSpace < 0) return Reject(400, "malformed request line");
            if (end - _secondSpace - 1 != 8) return Reject(400, "malformed HTTP version");

            // Another major version has other framing; a higher 1.x minor is treated as 1.1 (RFC 9110 2.5).
            if (buffer[_secondSpace + 6] != '1') return Reject(505, "HTTP version not supported");
            IsHttp11 = buffer[end - 1] >= '1';
            MethodOffset = start;
            MethodLength = _firstSpace - start;
            MethodIndex = HttpMethods.IndexOf(buffer, start, MethodLength);
            TargetOffset = _firstSpace + 1;
            TargetLength = _secondSpace - TargetOffset;
            return ParseTarget(buffer, TargetOffset, _secondSpace);
        }

        // RFC 9112 3.2: origin-form, absolute-form (which a server MUST accept), authority-form
        // (CONNECT only) and asterisk-form (OPTIONS only). A fragment is never part of a target.
        private bool ParseTarget(byte[] buffer, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (buffer[i] == '#') return Reject(400, "fragment in request target");
            }

            int path = start;
            if (buffer[start] != '/')
            {
                if (end - start == 1 && buffer[start] == '*')
                {
                    if (MethodIndex != HttpMethods.OptionsIndex) return Reject(400, "asterisk-form is only for OPTIONS");
                    IsAsteriskForm = true;
                    PathOffset = start;
                    PathLength = 1;
                    return true;
                }

                if (MethodIndex == HttpMethods.ConnectIndex)
                {
                    PathOffset = start;
                    PathLength = 0;
                    return true;
                }

                int authority = SchemeEnd(buffer, start, end);
                if (authority < 0) return Reject(400, "malformed request target");
                path = authority;
                while (path < end && buffer[path] != '/' && buffer[path] != '?') path++;
                if (path == authority) return Reject(400, "malformed request target");
            }

            int query = path;
            while (query < end && buffer[query] != '?') query++;
            PathOffset = path;
            PathLength = query - path;
            if (query < end)
            {
                QueryOffset = query + 1;
                QueryLength = end - query - 1;
            }

            return true;
        }

        // Offset just past "http://" or "https://" (scheme case-insensitive), or -1.
        private static int SchemeEnd(byte[] buffer, int start, int end)
        {
            int colon = start;
            while (colon < end && buffer[colon] != ':') colon++;
            int n = colon - start;
            bool http = n == 4 && HttpChars.EqualsIgnoreCase(buffer, start, 4, "http");
            bool https = n == 5 && HttpChars.EqualsIgnoreCase(buffer, start, 5, "https");
            if (!http && !https) return -1;
            if (colon + 3 > end || buffer[colon + 1] != '/' || buffer[colon + 2] != '/') return -1;
            return colon + 3;
        }

        // field-line = field-name ":" OWS field-value OWS
        private bool ParseField(byte[] buffer, int start, int end)
        {
            // RFC 9112 5.2: a server MUST reject obs-fold (or replace it); RFC 9112 2.2: whitespace
            // between the request line and the first field MUST be rejected or the line ignored.
            if (HttpChars.IsWhitespace(buffer[start])) return Reject(400, "obsolete line folding");

            int i = start;
            while (i < end && HttpChars.IsTokenChar(buffer[i])) i++;
            if (i >= end) return Reject(400, "header field without colon");
            if (buffer[i] != ':')
            {
                // RFC 9112 5.1: whitespace between name and colon MUST be answered with 400.
                if (HttpChars.IsWhitespace(buffer[i])) return Reject(400, "whitespace before colon");
                return Reject(400, "invalid header field name");
            }

            if (i == start) return Reject(400, "empty header field name");
            if (4 * FieldCount == _fields.Length) return Reject(431, "too many header fields");

            int value = i + 1;
            int valueEnd = end;
            while (value < valueEnd && HttpChars.IsWhitespace(buffer[value])) value++;
            while (valueEnd > value && HttpChars.IsWhitespace(buffer[valueEnd - 1])) valueEnd--;
            for (int k = value; k < valueEnd; k++)
            {
                if (!HttpChars.IsFieldValueChar(buffer[k])) return Reject(400, "invalid character in header field value");
            }

            int n = FieldCount;
            _fields[4 * n] = start;
            _fields[4 * n + 1] = i - start;
            _fields[4 * n + 2] = value;
            _fields[4 * n + 3] = valueEnd - value;
            FieldCount = n + 1;
            return true;
        }
    }
}
