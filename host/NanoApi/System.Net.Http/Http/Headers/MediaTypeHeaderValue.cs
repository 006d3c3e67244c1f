// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/Headers/MediaTypeHeaderValue.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http.Http.Headers
{
    public class MediaTypeHeaderValue
    {
        public string CharSet { get { throw null; } set { throw null; } }
        public string MediaType { get { throw null; } set { throw null; } }
        public MediaTypeHeaderValue(string mediaType) { throw null; }
        public static global::System.Net.Http.Http.Headers.MediaTypeHeaderValue Parse(string input) { throw null; }
        public override string ToString() { throw null; }
    }
}
