// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/ByteArrayContent.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class ByteArrayContent : global::System.Net.Http.HttpContent
    {
        public ByteArrayContent(byte[] content) { throw null; }
        public ByteArrayContent(byte[] content, int offset, int count) { throw null; }
        protected override void SerializeToStream(global::System.IO.Stream stream) { throw null; }
        protected override bool TryComputeLength(out long length) { throw null; }
    }
}
