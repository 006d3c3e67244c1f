namespace Viper.Nano.Http
{
    /// <summary>The request line (RFC 9112 section 3), field lines (section 5) and the limits on both.</summary>
    public sealed partial class RequestHeadParser
    {
        private ParseStatus Incomplete(byte[] buffer, int end)
        {
            if (_state == StateRequestLine)
            {
                // Refuse an endless method or target now, not when the buffer is full.
                if (_firstSpace < 0)
                {
                    for (int i = _lineStart; i < end; i++)
                    {
                        if (buffer[i] == HttpChars.SP)
                        {
                            _firstSpace = i;
                            break;
                        }
                    }
                }

                if (_firstSpace < 0 && end - _lineStart > MaxMethodLength) return LongMethod(buffer, _lineStart, end);
                if (_firstSpace >= 0)
                {
                    int targetEnd = end;
                    for (int i = _firstSpace + 1; i < end; i++)
                    {
                        if (buffer[i] == HttpChars.SP)
                        {
                            targetEnd = i;
                            break;
                        }
                    }

                    if (targetEnd - _firstSpace - 1 > _maxUriLength) return Fail(414, "request target too long");
                }
            }

            if (end - _start >= _maxHeadSize) return TooLarge(buffer, end);
            return ParseStatus.NeedMore;
        }

        private ParseStatus TooLarge(byte[] buffer, int end)
        {
            if (_state == StateRequestLine) return Fail(414, "request line too long");
            return Fail(431, "request head too large");
        }

        private ParseStatus LongMethod(byte[] buffer, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (!HttpChars.IsTokenChar(buffer[i])) return Fail(400, "malformed request line");
            }

            return Fail(501, "method not implemented");
        }

        // request-line = method SP request-target SP HTTP-version; single spaces only.
        private bool ParseRequestLine(byte[] buffer, int start, int end)
        {
            int i = start;
            while (i < end && HttpChars.IsTokenChar(buffer[i])) i++;
            if (i == start || i >= end || buffer[i] != HttpChars.SP) return Reject(400, "malformed request line");
            if (i - start > MaxMethodLength) return Reject(501, "method not implemented");
            MethodOffset = start;
            MethodLength = i - start;
            MethodIndex = HttpMethods.IndexOf(buffer, start, i - start);

            int target = i + 1;
            int j = target;
            while (j < end && buffer[j] != HttpChars.SP)
            {
                if (!HttpChars.IsTargetChar(buffer[j])) return Reject(400, "invalid character in request target");
                j++;
            }

            if (j == target) return Reject(400, "malformed request line");
            if (j - target > _maxUriLength) return Reject(414, "request target too long");
            if (j >= end) return Reject(400, "malformed request line");
            if (!ParseVersion(buffer, j + 1, end)) return false;
            TargetOffset = target;
            TargetLength = j - target;
            return ParseTarget(buffer, target, j);
        }

        // HTTP-version = "HTTP/" DIGIT "." DIGIT, case-sensitive (RFC 9112 2.3).
        private bool ParseVersion(byte[] buffer, int start, int end)
        {
            if (end - start != 8 || buffer[start] != 'H' || buffer[start + 1] != 'T' || buffer[start + 2] != 'T'
                || buffer[start + 3] != 'P' || buffer[start + 4] != '/' || buffer[start + 6] != '.')
            {
                return Reject(400, "malformed HTTP version");
            }

            int major = buffer[start + 5] - '0';
            int minor = buffer[start + 7] - '0';
            if (major < 0 || major > 9 || minor < 0 || minor > 9) return Reject(400, "malformed HTTP version");

            // Another major version has other framing; a higher 1.x minor is treated as 1.1 (RFC 9110 2.5).
            if (major != 1) return Reject(505, "HTTP version not supported");
            IsHttp11 = minor >= 1;
            return true;
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
