namespace Viper.Nano.Text
{
    /// <summary>
    /// Incremental UTF-8 validation (RFC 3629 section 4, the Unicode "well-formed UTF-8" table).
    /// RFC 6455 section 8.1 asks that invalid text fail the connection as soon as it is seen, and
    /// a text message may arrive in fragments split anywhere, even inside a character: so the
    /// state of a partial sequence is carried from one <see cref="Feed"/> call to the next.
    /// Rejected: bytes C0, C1 and F5-FF, stray continuation bytes, overlong forms (E0 80-9F,
    /// F0 80-8F), UTF-16 surrogates (ED A0-BF) and code points above U+10FFFF (F4 90-BF), and, at
    /// the end of a message, a sequence cut short (<see cref="IsComplete"/> is false).
    /// Allocates nothing; one instance per connection slot.
    /// </summary>
    internal sealed class Utf8Validator
    {
        // Continuation bytes still expected for the current sequence, and the range the next one
        // must fall in: the range narrows only on the byte right after the lead byte.
        private int _need;
        private int _low = 0x80;
        private int _high = 0xBF;
        private bool _failed;

        /// <summary>
        /// Checks the next bytes of the text. Returns false as soon as the bytes seen so far cannot
        /// be the start of valid UTF-8; it then stays false until <see cref="Reset"/>.
        /// </summary>
        public bool Feed(byte[] buffer, int offset, int count)
        {
            if (_failed) return false;
            int need = _need;
            int low = _low;
            int high = _high;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                int c = buffer[i];
                if (need == 0)
                {
                    if (c < 0x80)
                    {
                        // A run of ASCII: a tighter loop, as the interpreter pays per instruction.
                        while (++i < end && buffer[i] < 0x80)
                        {
                        }

                        if (i == end) break;
                        c = buffer[i];
                    }

                    if (c < 0xC2)
                    {
                        // 80-BF: continuation with no lead; C0/C1: always an overlong 2-byte form.
                        _failed = true;
                        return false;
                    }

                    if (c < 0xE0)
                    {
                        need = 1;
                    }
                    else if (c < 0xF0)
                    {
                        need = 2;
                        if (c == 0xE0) low = 0xA0;       // below A0 would fit in 2 bytes
                        else if (c == 0xED) high = 0x9F; // ED A0-BF encodes D800-DFFF
                    }
                    else if (c < 0xF5)
                    {
                        need = 3;
                        if (c == 0xF0) low = 0x90;       // below 90 would fit in 3 bytes
                        else if (c == 0xF4) high = 0x8F; // F4 90 and above is past U+10FFFF
                    }
                    else
                    {
                        _failed = true;
                        return false;
                    }
                }
                else
                {
                    if (c < low || c > high)
                    {
                        _failed = true;
                        return false;
                    }

                    need--;
                    low = 0x80;
                    high = 0xBF;
                }
            }

            _need = need;
            _low = low;
            _high = high;
            return true;
        }

        /// <summary>True when everything fed so far is valid and no sequence is left unfinished.</summary>
        public bool IsComplete
        {
            get { return !_failed && _need == 0; }
        }

        /// <summary>False once invalid bytes have been fed.</summary>
        public bool IsValid
        {
            get { return !_failed; }
        }

        /// <summary>Forgets everything fed so far, ready for the next message.</summary>
        public void Reset()
        {
            _need = 0;
            _low = 0x80;
            _high = 0xBF;
            _failed = false;
        }

        /// <summary>Convenience for one complete piece of text (a close reason, a header value).</summary>
        public bool IsValidText(byte[] buffer, int offset, int count)
        {
            Reset();
            return Feed(buffer, offset, count) && IsComplete;
        }
    }
}
