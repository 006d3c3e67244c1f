using Viper.Nano.Text;

namespace Viper.Nano.Sse
{
    /// <summary>
    /// Writes Server-Sent Events in the text/event-stream format (HTML Living Standard,
    /// "Server-sent events", section 9.2.5 "Parsing an event stream") into a fixed buffer.
    /// Each call writes a whole event or nothing, so a stream is never left mid-event.
    /// </summary>
    internal static class SseEncoder
    {
        /// <summary>The event did not fit in the space given; nothing useful was written.</summary>
        public const int DoesNotFit = -1;

        /// <summary>An event name or id held CR, LF or NUL, which would break the stream.</summary>
        public const int InvalidField = -2;

        // The field names as bytes, made once: on nanoCLR every load of a string literal
        // allocates, and copying bytes is one native call. (Not Utf8.Encoding: static
        // initialisers of different classes run in no set order on the device.)
        private static readonly byte[] EventField = System.Text.Encoding.UTF8.GetBytes("event: ");
        private static readonly byte[] IdField = System.Text.Encoding.UTF8.GetBytes("id: ");
        private static readonly byte[] DataField = System.Text.Encoding.UTF8.GetBytes("data: ");
        private static readonly byte[] RetryField = System.Text.Encoding.UTF8.GetBytes("retry: ");
        private static readonly byte[] CommentField = System.Text.Encoding.UTF8.GetBytes(":");
        private static readonly byte[] LineEnd = System.Text.Encoding.UTF8.GetBytes("\n");
        private static readonly byte[] BlankLine = System.Text.Encoding.UTF8.GetBytes("\n\n");

        /// <summary>
        /// Writes one event: optional <c>event:</c> and <c>id:</c> fields, then the data split
        /// into one <c>data:</c> line per line of the payload, then the blank line that
        /// dispatches it. The payload may hold CRLF, LF or CR line breaks: the parser treats all
        /// three as line ends, so each becomes a new data line and the client's joined data
        /// (lines glued with LF) reproduces the payload with LF breaks.
        /// </summary>
        /// <param name="eventName">The event type, or null for the default "message".</param>
        /// <param name="id">The event id, or a negative number for none.</param>
        /// <returns>Bytes written, <see cref="DoesNotFit"/> or <see cref="InvalidField"/>.</returns>
        public static int WriteEvent(byte[] dest, int offset, int max, string eventName, long id,
            byte[] data, int dataOffset, int dataCount)
        {
            int p = offset;
            int end = offset + max;
            if (eventName != null)
            {
                // The event type field ends at the first line break: a name holding one would
                // inject a field, so refuse it rather than split it.
                if (HasBreak(eventName)) return InvalidField;
                int n = WriteField(dest, p, end, EventField, eventName);
                if (n < 0) return n;
                p += n;
            }

            if (id >= 0)
            {
                if (!Put(dest, ref p, end, IdField)) return DoesNotFit;
                int n = Utf8.WriteDecimal(id, dest, p, end - p);
                if (n < 0) return DoesNotFit;
                p += n;
                if (!Put(dest, ref p, end, LineEnd)) return DoesNotFit;
            }

            int lineStart = dataOffset;
            int dataEnd = dataOffset + dataCount;
            for (int i = dataOffset; i <= dataEnd; i++)
            {
                bool atEnd = i == dataEnd;
                byte b = atEnd ? (byte)0 : data[i];
                if (!atEnd && b != '\r' && b != '\n') continue;
                int len = i - lineStart;
                if (p + 7 + len > end) return DoesNotFit;
                Put(dest, ref p, end, DataField);
                System.Array.Copy(data, lineStart, dest, p, len);
                p += len;
                dest[p++] = (byte)'\n';
                if (!atEnd && b == '\r' && i + 1 < dataEnd && data[i + 1] == '\n') i++;
                lineStart = i + 1;
            }

            if (!Put(dest, ref p, end, LineEnd)) return DoesNotFit;
            return p - offset;
        }

        /// <summary>
        /// Writes a <c>retry:</c> field, the reconnection time the client should use, in its own
        /// block (a block with no data dispatches no event).
        /// </summary>
        public static int WriteRetry(byte[] dest, int offset, int max, int retryMs)
        {
            int p = offset;
            int end = offset + max;
            if (!Put(dest, ref p, end, RetryField)) return DoesNotFit;
            int n = Utf8.WriteDecimal(retryMs < 0 ? 0 : retryMs, dest, p, end - p);
            if (n < 0) return DoesNotFit;
            p += n;
            if (!Put(dest, ref p, end, BlankLine)) return DoesNotFit;
            return p - offset;
        }

        /// <summary>
        /// Writes a comment line (ignored by clients). Used as a heartbeat: it keeps proxies from
        /// timing the stream out and makes a dead client's socket fail.
        /// </summary>
        public static int WriteComment(byte[] dest, int offset, int max, string text)
        {
            if (text != null && HasBreak(text)) return InvalidField;
            int p = offset;
            int end = offset + max;
            int n = WriteField(dest, p, end, CommentField, text == null ? string.Empty : text);
            if (n < 0) return n;
            p += n;
            if (!Put(dest, ref p, end, LineEnd)) return DoesNotFit;
            return p - offset;
        }

        private static int WriteField(byte[] dest, int p, int end, byte[] prefix, string value)
        {
            int start = p;
            if (!Put(dest, ref p, end, prefix)) return DoesNotFit;
            int n = Utf8.EncodeWithin(value, dest, p, end - p);
            if (n < 0) return DoesNotFit;
            p += n;
            if (!Put(dest, ref p, end, LineEnd)) return DoesNotFit;
            return p - start;
        }

        private static bool Put(byte[] dest, ref int p, int end, byte[] ascii)
        {
            if (p + ascii.Length > end) return false;
            System.Array.Copy(ascii, 0, dest, p, ascii.Length);
            p += ascii.Length;
            return true;
        }

        // Native searches: nanoCLR indexes a string by walking it from the start.
        private static bool HasBreak(string s)
        {
            return s.IndexOf('\r') >= 0 || s.IndexOf('\n') >= 0 || s.IndexOf('\0') >= 0;
        }
    }
}
