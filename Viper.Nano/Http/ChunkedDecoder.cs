namespace Viper.Nano.Http
{
    /// <summary>What one <see cref="ChunkedDecoder.Decode"/> call found.</summary>
    internal enum ChunkStatus
    {
        /// <summary>All input was framing (or nothing); give it more bytes.</summary>
        NeedMore,

        /// <summary>Body bytes: <see cref="ChunkedDecoder.DataOffset"/> and <see cref="ChunkedDecoder.DataLength"/>.</summary>
        Data,

        /// <summary>The last chunk and the trailer section have ended; the body is complete.</summary>
        Complete,

        /// <summary>The framing is broken; <see cref="ChunkedDecoder.ErrorReason"/> says how (answer 400).</summary>
        Invalid,
    }

    /// <summary>
    /// Decodes the chunked transfer coding (RFC 9112 section 7.1) without copying: it walks the
    /// caller's bytes, steps over sizes, extensions, CRLFs and trailers, and points at each run of
    /// body bytes, which the caller moves wherever the body goes (it may move them down in the
    /// same buffer: decoded data is never longer than its encoding).
    /// </summary>
    /// <remarks>
    /// Extensions and trailer fields are checked for stray control bytes and then ignored, as
    /// RFC 9112 7.1.1 and 7.1.2 allow; each line is capped so an endless one is refused.
    /// </remarks>
    internal sealed class ChunkedDecoder
    {
        private const int SizeStart = 0;
        private const int Size = 1;
        private const int Extension = 2;
        private const int SizeLF = 3;
        private const int ChunkData = 4;
        private const int DataCR = 5;
        private const int DataLF = 6;
        private const int TrailerStart = 7;
        private const int TrailerLine = 8;
        private const int TrailerLF = 9;
        private const int FinalLF = 10;
        private const int Done = 11;
        private const int Failed = 12;
        private const int ExtensionStart = 13;

        // 7 hex digits: up to 256 MB per chunk, far beyond any body limit, and no int overflow.
        private const int MaxSizeDigits = 7;

        private readonly int _maxLineLength;
        private int _state;
        private int _remaining;
        private int _digits;
        private int _lineLength;

        /// <summary>A decoder that refuses an extension or trailer line longer than <paramref name="maxLineLength"/> bytes.</summary>
        public ChunkedDecoder(int maxLineLength)
        {
            _maxLineLength = maxLineLength;
        }

        /// <summary>Bytes of input the last call used (framing and data).</summary>
        public int Consumed { get; private set; }

        /// <summary>With <see cref="ChunkStatus.Data"/>: where the body bytes start in the input buffer.</summary>
        public int DataOffset { get; private set; }

        /// <summary>With <see cref="ChunkStatus.Data"/>: how many body bytes there are.</summary>
        public int DataLength { get; private set; }

        /// <summary>
        /// Bytes of the current chunk still to come, as its size line declared: lets the caller
        /// refuse an oversized body as soon as the size is read rather than after the data.
        /// </summary>
        public int ChunkRemaining => _state == ChunkData ? _remaining : 0;

        /// <summary>With <see cref="ChunkStatus.Invalid"/>: why.</summary>
        public string ErrorReason { get; private set; }

        /// <summary>Ready for a new body.</summary>
        public void Reset()
        {
            _state = SizeStart;
            _remaining = 0;
            _digits = 0;
            _lineLength = 0;
            Consumed = 0;
            DataOffset = DataLength = 0;
            ErrorReason = null;
        }

        /// <summary>
        /// Reads from <paramref name="count"/> bytes at <paramref name="offset"/> (the bytes not
        /// consumed by earlier calls). Stops at the first run of body bytes, at the end of the body,
        /// or when the input runs out. <see cref="Consumed"/> says how far it got.
        /// </summary>
        public ChunkStatus Decode(byte[] buffer, int offset, int count)
        {
            int i = offset;
            int end = offset + count;
            DataLength = 0;
            while (i < end)
            {
                int b = buffer[i];
                switch (_state)
                {
                    case SizeStart:
                    case Size:
                        int hex = HttpChars.HexValue(b);
                        if (hex >= 0)
                        {
                            if (_digits > 0 || hex != 0) _digits++;
                            if (_digits > MaxSizeDigits) return Fail("chunk size too large");
                            _remaining = (_remaining << 4) | hex;
                            _state = Size;
                            i++;
                            break;
                        }

                        if (_state == SizeStart) return Fail("missing chunk size");
                        if (b == HttpChars.CR)
                        {
                            _state = SizeLF;
                        }
                        else if (b == ';' || HttpChars.IsWhitespace(b))
                        {
                            // chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] )
                            _state = b == ';' ? Extension : ExtensionStart;
                            _lineLength = 1;
                        }
                        else
                        {
                            return Fail("invalid chunk size");
                        }

                        i++;
                        break;

                    case ExtensionStart:
                        if (b == ';') _state = Extension;
                        else if (b == HttpChars.CR) _state = SizeLF;
                        else if (!HttpChars.IsWhitespace(b) || ++_lineLength > _maxLineLength) return Fail("invalid chunk extension");
                        i++;
                        break;

                    case Extension:
                        if (b == HttpChars.CR)
                        {
                            _state = SizeLF;
                        }
                        else if (!HttpChars.IsFieldValueChar(b) || ++_lineLength > _maxLineLength)
                        {
                            return Fail("invalid chunk extension");
                        }

                        i++;
                        break;

                    case SizeLF:
                        if (b != HttpChars.LF) return Fail("chunk size line not ended by CRLF");
                        _state = _remaining == 0 ? TrailerStart : ChunkData;
                        _lineLength = 0;
                        i++;
                        break;

                    case ChunkData:
                        int n = end - i;
                        if (n > _remaining) n = _remaining;
                        _remaining -= n;
                        if (_remaining == 0) _state = DataCR;
                        DataOffset = i;
                        DataLength = n;
                        Consumed = i + n - offset;
                        return ChunkStatus.Data;

                    case DataCR:
                        if (b != HttpChars.CR) return Fail("chunk data not followed by CRLF");
                        _state = DataLF;
                        i++;
                        break;

                    case DataLF:
                        if (b != HttpChars.LF) return Fail("chunk data not followed by CRLF");
                        _state = SizeStart;
                        _digits = 0;
                        i++;
                        break;

                    case TrailerStart:
                        if (b == HttpChars.CR)
                        {
                            _state = FinalLF;
                        }
                        else if (HttpChars.IsWhitespace(b) || !HttpChars.IsFieldValueChar(b))
                        {
                            // Leading whitespace would be obs-fold (RFC 9112 5.2).
                            return Fail("invalid trailer field");
                        }
                        else
                        {
                            _state = TrailerLine;
                            _lineLength = 1;
                        }

                        i++;
                        break;

                    case TrailerLine:
                        if (b == HttpChars.CR)
                        {
                            _state = TrailerLF;
                        }
                        else if (!HttpChars.IsFieldValueChar(b) || ++_lineLength > _maxLineLength)
                        {
                            return Fail("invalid trailer field");
                        }

                        i++;
                        break;

                    case TrailerLF:
                        if (b != HttpChars.LF) return Fail("trailer line not ended by CRLF");
                        _state = TrailerStart;
                        i++;
                        break;

                    case FinalLF:
                        if (b != HttpChars.LF) return Fail("chunked body not ended by CRLF");
                        _state = Done;
                        Consumed = i + 1 - offset;
                        return ChunkStatus.Complete;

                    case Done:
                        Consumed = 0;
                        return ChunkStatus.Complete;

                    default:
                        Consumed = 0;
                        return ChunkStatus.Invalid;
                }
            }

            Consumed = i - offset;
            if (_state == Done) return ChunkStatus.Complete;
            if (_state == Failed) return ChunkStatus.Invalid;
            return ChunkStatus.NeedMore;
        }


        private ChunkStatus Fail(string reason)
        {
            _state = Failed;
            ErrorReason = reason;
            Consumed = 0;
            return ChunkStatus.Invalid;
        }
    }
}
