using System;
using nanoFramework.Json;

namespace Viper.Nano.Http
{
    /// <summary>
    /// The request a handler sees. Everything is read from the parsed head in the connection's
    /// receive buffer; strings are made only when asked for (and the path and query are cached
    /// once made). Views and strings stay valid while the handler runs; the buffer is reused for
    /// the connection's next request as soon as the handler returns, so keep strings, not views.
    /// </summary>
    public sealed class HttpRequest : IUpgradeRequest
    {
        private readonly RequestHeadParser _head;
        private readonly int[] _paramOffset;
        private readonly int[] _paramLength;
        private string _path;
        private string _query;

        internal HttpRequest(RequestHeadParser head, int maxRouteParams)
        {
            _head = head;
            _paramOffset = new int[maxRouteParams];
            _paramLength = new int[maxRouteParams];
        }

        /// <summary>The parsed head: views into the receive buffer, for protocol layers that read bytes (WebSocket, SSE).</summary>
        internal RequestHeadParser Head => _head;

        /// <summary>The method, as one of the <see cref="HttpMethods"/> literals.</summary>
        public string Method => _head.MethodIndex >= 0
            ? HttpMethods.Names[_head.MethodIndex]
            : HttpText.Utf8.GetString(_head.Buffer, _head.MethodOffset, _head.MethodLength);

        /// <summary>The request target as sent (path and query, still percent-encoded).</summary>
        public string Target => HttpText.Utf8.GetString(_head.Buffer, _head.TargetOffset, _head.TargetLength);

        /// <summary>The path, percent-decoded ("/" for an absolute-form target without one).</summary>
        public string Path
        {
            get
            {
                if (_path == null)
                {
                    _path = _head.PathLength == 0 ? "/" : HttpText.PercentDecode(_head.Buffer, _head.PathOffset, _head.PathLength, false);
                }

                return _path;
            }
        }

        /// <summary>The query after '?', still encoded; empty when there is none.</summary>
        public string Query
        {
            get
            {
                if (_query == null)
                {
                    _query = _head.QueryLength == 0 ? string.Empty : HttpText.Utf8.GetString(_head.Buffer, _head.QueryOffset, _head.QueryLength);
                }

                return _query;
            }
        }

        /// <summary>True for HTTP/1.1, false for HTTP/1.0.</summary>
        public bool IsHttp11 => _head.IsHttp11;

        /// <summary>The client's IP address, as text.</summary>
        public string RemoteAddress { get; internal set; }

        /// <summary>The parameter names of the route that matched (the route table's own array), or null.</summary>
        internal string[] ParamNames { get; set; }

        /// <summary>The Content-Length the client declared, or -1 when it sent none (a chunked body has none: see <see cref="BodyLength"/>).</summary>
        public int ContentLength => _head.ContentLength;

        /// <summary>
        /// The buffer holding the body: the receive buffer when the body fitted after the head,
        /// otherwise an array allocated for this request. Read <see cref="BodyLength"/> bytes from
        /// <see cref="BodyOffset"/>.
        /// </summary>
        public byte[] Body { get; private set; }

        /// <summary>Where the body starts in <see cref="Body"/>.</summary>
        public int BodyOffset { get; private set; }

        /// <summary>Body length in bytes (decoded, for a chunked body); 0 when there is none.</summary>
        public int BodyLength { get; private set; }

        /// <summary>The body as UTF-8 text; empty when there is no body, null when it is not valid UTF-8.</summary>
        public string BodyText => BodyLength == 0 ? string.Empty : HttpText.Decode(Body, BodyOffset, BodyLength);

        /// <summary>The body deserialized by nanoFramework.Json into <paramref name="type"/>; null when there is no usable body.</summary>
        public object BodyAs(Type type)
        {
            string text = BodyText;
            if (text == null || text.Length == 0) return null;
            return JsonConvert.DeserializeObject(text, type);
        }

        /// <summary>
        /// The value of header <paramref name="name"/> (case ignored), null when absent. Repeated
        /// fields are joined with ", " as RFC 9110 5.3 allows for list-valued fields.
        /// </summary>
        public string GetHeader(string name)
        {
            int i = _head.FindField(name, 0);
            if (i < 0) return null;
            string value = FieldValue(i);
            for (i = _head.FindField(name, i + 1); i >= 0; i = _head.FindField(name, i + 1))
            {
                value = value + ", " + FieldValue(i);
            }

            return value;
        }

        /// <summary>True when header <paramref name="name"/> lists <paramref name="token"/> (case ignored): e.g. ("Connection", "upgrade").</summary>
        public bool HeaderHasToken(string name, string token)
        {
            return _head.FieldHasToken(name, token);
        }

        /// <summary>The first field <paramref name="name"/> as a view into the receive buffer, without making a string.</summary>
        public bool TryGetHeader(string name, out int offset, out int length)
        {
            int i = _head.FindField(name, 0);
            offset = i < 0 ? 0 : _head.FieldValueOffset(i);
            length = i < 0 ? 0 : _head.FieldValueLength(i);
            return i >= 0;
        }

        /// <summary>Number of header field lines.</summary>
        public int HeaderCount => _head.FieldCount;

        /// <summary>Name of header line <paramref name="index"/>, as sent.</summary>
        public string GetHeaderName(int index)
        {
            return HttpText.Utf8.GetString(_head.Buffer, _head.FieldNameOffset(index), _head.FieldNameLength(index));
        }

        /// <summary>Value of header line <paramref name="index"/>.</summary>
        public string GetHeaderValue(int index)
        {
            return FieldValue(index);
        }

        /// <summary>
        /// The decoded value of query parameter <paramref name="name"/> ('+' is a space, as forms
        /// send it); "" for a name without '='; null when absent. The first occurrence wins.
        /// </summary>
        public string GetQuery(string name)
        {
            byte[] buffer = _head.Buffer;
            int i = _head.QueryOffset;
            int end = i + _head.QueryLength;
            if (i < 0) return null;
            while (i < end)
            {
                int start = i;
                int eq = -1;
                while (i < end && buffer[i] != '&')
                {
                    if (eq < 0 && buffer[i] == '=') eq = i;
                    i++;
                }

                int nameEnd = eq < 0 ? i : eq;
                if (nameEnd > start && NameMatches(buffer, start, nameEnd - start, name))
                {
                    return eq < 0 ? string.Empty : HttpText.PercentDecode(buffer, eq + 1, i - eq - 1, true);
                }

                i++;
            }

            return null;
        }

        /// <summary>The decoded value of route parameter <paramref name="name"/> ("{id}" in the pattern), or null.</summary>
        public string GetRouteParam(string name)
        {
            string[] names = ParamNames;
            if (names == null) return null;
            int index = -1;
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == name)
                {
                    index = i;
                    break;
                }
            }

            if (index < 0) return null;
            return HttpText.PercentDecode(_head.Buffer, _paramOffset[index], _paramLength[index], false);
        }

        internal int[] ParamOffsets => _paramOffset;

        internal int[] ParamLengths => _paramLength;

        internal void SetBody(byte[] body, int offset, int length)
        {
            Body = body;
            BodyOffset = offset;
            BodyLength = length;
        }

        internal void Reset()
        {
            _path = null;
            _query = null;
            ParamNames = null;
            Body = null;
            BodyOffset = 0;
            BodyLength = 0;
        }

        private string FieldValue(int index)
        {
            int length = _head.FieldValueLength(index);
            if (length == 0) return string.Empty;
            int offset = _head.FieldValueOffset(index);

            // obs-text is allowed in values; when it is not UTF-8, read it as Latin-1 rather than throw.
            string text = HttpText.Decode(_head.Buffer, offset, length);
            if (text != null) return text;
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = (char)_head.Buffer[offset + i];
            return new string(chars);
        }

        // Compares a query name, percent-decoding it only when it holds an escape.
        private static bool NameMatches(byte[] buffer, int offset, int length, string name)
        {
            for (int i = offset; i < offset + length; i++)
            {
                if (buffer[i] == '%' || buffer[i] == '+') return HttpText.PercentDecode(buffer, offset, length, true) == name;
            }

            if (length != name.Length) return false;
            for (int i = 0; i < length; i++)
            {
                if (buffer[offset + i] != name[i]) return false;
            }

            return true;
        }
    }
}
