// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/StringContent.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class StringContent : global::System.Net.Http.ByteArrayContent
    {
        public StringContent(string content) : base(default(byte[])) { throw null; }
        public StringContent(string content, global::System.Text.Encoding encoding) : base(default(byte[])) { throw null; }
        public StringContent(string content, global::System.Text.Encoding encoding, string mediaType) : base(default(byte[])) { throw null; }
    }
}
