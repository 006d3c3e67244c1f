// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/StreamContent.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public class StreamContent : global::System.Net.Http.HttpContent
    {
        public StreamContent(global::System.IO.Stream content) { throw null; }
        public StreamContent(global::System.IO.Stream content, int bufferSize) { throw null; }
        protected override void SerializeToStream(global::System.IO.Stream stream) { throw null; }
        protected override global::System.IO.Stream CreateContentReadStream() { throw null; }
        protected override bool TryComputeLength(out long length) { throw null; }
        protected override void Dispose(bool disposing) { throw null; }
    }
}
