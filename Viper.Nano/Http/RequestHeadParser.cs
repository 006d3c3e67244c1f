using System;

namespace Viper.Nano.Http
{
    /// <summary>
    /// Parses a request head (request line and header fields, RFC 9112 sections 2 to 5) in place,
    /// over the connection's receive buffer, allocating nothing. It keeps no copy of the bytes:
    /// every part of the head is a view (offset, length) into the caller's buffer, valid until the
    /// caller overwrites that part of the buffer, which the server does on the connection's next
    /// receive after the handler returns.
    /// </summary>
    /// <remarks>
    /// Feed it all the bytes received so far for this request, always from the same
    /// <c>offset</c>: <see cref="Parse"/> resumes where it stopped, so receiving one byte at a time
    /// costs no rescanning. Call <see cref="Reset"/> before the next request.
    /// Strictness, and why: a line must end in CRLF (a bare LF or CR is how request smuggling
    /// starts, RFC 9112 2.2 and 11.2); whitespace before a colon and obsolete line folding are
    /// rejected with 400 (RFC 9112 5.1, 5.2); field values may not hold control characters.
    /// Limits are checked as bytes arrive, so an endless line is refused before it fills the buffer.
    /// </remarks>
    internal sealed partial class RequestHeadParser
    {
        private const int StateNew = 0;
        private const int StateRequestLine = 1;
        private const int StateFields = 2;
        private const int StateDone = 3;
        private const int StateFailed = 4;

        // Longer than any method we implement: RFC 9112 section 3 suggests 501 for such a method.
        private const int MaxMethodLength = 16;

        // RFC 9112 2.2: a server SHOULD ignore at least one empty line before the request line.
        private const int MaxLeadingEmptyLines = 2;

        private readonly int _maxHeadSize;
        private readonly int _maxUriLength;
        private readonly int _maxBodySize;
        // The views of every header field, four ints each (name offset and length, value offset
        // and length) in one array: one array header per slot instead of four.
        private readonly int[] _fields;

        private byte[] _buffer;
        private int _state;
        private int _start;
        private int _lineStart;
        private int _scan;
        private int _emptyLines;

        // The request line is checked byte by byte as it arrives (see ScanRequestLine): where the
        // scan has got to, and where its two spaces are (-1 until seen).
        private int _lineScan;
        private int _firstSpace;
        private int _secondSpace;

        /// <summary>
        /// A parser whose head may not exceed <paramref name="maxHeadSize"/> bytes (431 otherwise),
        /// whose request target may not exceed <paramref name="maxUriLength"/> (414), with at most
        /// <paramref name="maxFields"/> header fields (431), and whose declared body may not
        /// exceed <paramref name="maxBodySize"/> (413). The field tables are allocated here, once.
        /// </summary>
        public RequestHeadParser(int maxHeadSize, int maxUriLength, int maxFields, int maxBodySize)
        {
            if (maxHeadSize < 16 || maxUriLength < 1 || maxFields < 1 || maxBodySize < 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            _maxHeadSize = maxHeadSize;
            _maxUriLength = maxUriLength;
            _maxBodySize = maxBodySize;
            _fields = new int[4 * maxFields];
            Reset();
        }

        /// <summary>The buffer of the last <see cref="Parse"/> call: the one every view points into.</summary>
        public byte[] Buffer => _buffer;

        /// <summary>Bytes of the complete head, final CRLF included (and any empty lines skipped before it).</summary>
        public int HeadLength { get; private set; }

        /// <summary>When <see cref="ParseStatus.Invalid"/>: the status code to answer (400, 414, 431, 501, 505...).</summary>
        public int ErrorStatus { get; private set; }

        /// <summary>When <see cref="ParseStatus.Invalid"/>: why, in a few words (a literal; no allocation).</summary>
        public string ErrorReason { get; private set; }

        /// <summary>Start of the method token in the buffer.</summary>
        public int MethodOffset { get; private set; }

        /// <summary>Length of the method token.</summary>
        public int MethodLength { get; private set; }

        /// <summary>Index of the method in <see cref="HttpMethods.Names"/>, or -1 for a method not known there.</summary>
        public int MethodIndex { get; private set; }

        /// <summary>Start of the request target as sent.</summary>
        public int TargetOffset { get; private set; }

        /// <summary>Length of the request target.</summary>
        public int TargetLength { get; private set; }

        /// <summary>Start of the path (absolute-form targets: after the authority).</summary>
        public int PathOffset { get; private set; }

        /// <summary>Length of the path, still percent-encoded; 0 for an absolute-form target without a path.</summary>
        public int PathLength { get; private set; }

        /// <summary>Start of the query after '?', or -1 when the target has no '?'.</summary>
        public int QueryOffset { get; private set; }

        /// <summary>Length of the query (0 when none or empty).</summary>
        public int QueryLength { get; private set; }

        /// <summary>True for the asterisk-form target of "OPTIONS *" (RFC 9112 3.2.4).</summary>
        public bool IsAsteriskForm { get; private set; }

        /// <summary>True for HTTP/1.1 (and later 1.x minors, which RFC 9110 2.5 says to treat as 1.1).</summary>
        public bool IsHttp11 { get; private set; }

        /// <summary>Number of header field lines.</summary>
        public int FieldCount { get; private set; }

        /// <summary>Forgets the last request. Views into the buffer become meaningless.</summary>
        public void Reset()
        {
            _state = StateNew;
            _emptyLines = 0;
            _firstSpace = _secondSpace = -1;
            HeadLength = 0;
            ErrorStatus = 0;
            ErrorReason = null;
            MethodOffset = MethodLength = TargetOffset = TargetLength = PathOffset = PathLength = QueryLength = 0;
            MethodIndex = -1;
            QueryOffset = -1;
            IsAsteriskForm = false;
            IsHttp11 = false;
            FieldCount = 0;
            ResetFraming();
        }

        /// <summary>
        /// Parses <paramref name="count"/> bytes at <paramref name="offset"/>: everything received
        /// for this request so far. Returns <see cref="ParseStatus.NeedMore"/> while the head is a
        /// valid prefix, <see cref="ParseStatus.Complete"/> with <see cref="HeadLength"/> set, or
        /// <see cref="ParseStatus.Invalid"/> with <see cref="ErrorStatus"/> and <see cref="ErrorReason"/>.
        /// </summary>
        public ParseStatus Parse(byte[] buffer, int offset, int count)
        {
            if (_state == StateDone) return ParseStatus.Complete;
            if (_state == StateFailed) return ParseStatus.Invalid;
            if (_state == StateNew)
            {
                _buffer = buffer;
                _start = _lineStart = _scan = _lineScan = offset;
                _state = StateRequestLine;
            }
            else if (offset != _start || buffer != _buffer)
            {
                throw new ArgumentException("resume with the same buffer and offset, or Reset first");
            }

            int end = offset + count;
            while (true)
            {
                int lf = -1;
                for (int i = _scan; i < end; i++)
                {
                    if (buffer[i] == HttpChars.LF)
                    {
                        lf = i;
                        break;
                    }
                }

                if (lf < 0)
                {
                    _scan = end;
                    return Incomplete(buffer, end);
                }

                _scan = lf + 1;

                // Past the limit: checked as if the bytes up to the limit were all that came, so the
                // answer does not depend on how the network cut the head.
                if (lf + 1 - _start > _maxHeadSize) return Incomplete(buffer, lf + 1);

                // RFC 9112 2.2 allows a bare LF as a terminator (MAY); we refuse it, with a bare CR,
                // because parsers that disagree on line ends are what smuggling exploits.
                bool crlf = lf > _lineStart && buffer[lf - 1] == HttpChars.CR;
                if (_state == StateRequestLine && !ScanRequestLine(buffer, crlf ? lf - 1 : lf)) return ParseStatus.Invalid;
                if (!crlf) return Fail(400, "line not ended by CRLF");
                int lineEnd = lf - 1;

                if (_state == StateRequestLine)
                {
                    if (lineEnd == _lineStart)
                    {
                        if (++_emptyLines > MaxLeadingEmptyLines) return Fail(400, "empty lines before the request line");
                        _lineStart = _lineScan = lf + 1;
                        continue;
                    }

                    if (!FinishRequestLine(buffer, _lineStart, lineEnd)) return ParseStatus.Invalid;
                    _state = StateFields;
                }
                else if (lineEnd == _lineStart)
                {
                    HeadLength = lf + 1 - _start;
                    if (!ApplyFraming(buffer)) return ParseStatus.Invalid;
                    _state = StateDone;
                    return ParseStatus.Complete;
                }
                else if (!ParseField(buffer, _lineStart, lineEnd))
                {
                    return ParseStatus.Invalid;
                }

                _lineStart = lf + 1;
            }
        }

        /// <summary>Index of the first field named <paramref name="name"/> (ASCII case ignored) at or after <paramref name="startIndex"/>, or -1.</summary>
        public int FindField(string name, int startIndex)
        {
            for (int i = startIndex; i < FieldCount; i++)
            {
                if (HttpChars.EqualsIgnoreCase(_buffer, _fields[4 * i], _fields[4 * i + 1], name)) return i;
            }

            return -1;
        }

        /// <summary>Start of field <paramref name="index"/>'s name.</summary>
        public int FieldNameOffset(int index) => _fields[4 * index];

        /// <summary>Length of field <paramref name="index"/>'s name.</summary>
        public int FieldNameLength(int index) => _fields[4 * index + 1];

        /// <summary>Start of field <paramref name="index"/>'s value, surrounding whitespace excluded.</summary>
        public int FieldValueOffset(int index) => _fields[4 * index + 2];

        /// <summary>Length of field <paramref name="index"/>'s value, surrounding whitespace excluded.</summary>
        public int FieldValueLength(int index) => _fields[4 * index + 3];

        /// <summary>True when any field named <paramref name="name"/> lists <paramref name="token"/> (case ignored).</summary>
        public bool FieldHasToken(string name, string token)
        {
            for (int i = FindField(name, 0); i >= 0; i = FindField(name, i + 1))
            {
                if (HttpChars.ListHasToken(_buffer, _fields[4 * i + 2], _fields[4 * i + 3], token)) return true;
            }

            return false;
        }

        private ParseStatus Fail(int status, string reason)
        {
            ErrorStatus = status;
            ErrorReason = reason;
            _state = StateFailed;
            return ParseStatus.Invalid;
        }

        private bool Reject(int status, string reason)
        {
            Fail(status, reason);
            return false;
        }
    }
}
