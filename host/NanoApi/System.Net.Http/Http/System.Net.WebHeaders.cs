// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.WebHeaders.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net
{
    public class WebHeaderCollection
    {
        public void Add(string name, string value) { throw null; }
        public void Add(string header) { throw null; }
        public void Set(string name, string value) { throw null; }
        public void Remove(string name) { throw null; }
        public string[] GetValues(string header) { throw null; }
        public override string ToString() { throw null; }
        public byte[] ToByteArray() { throw null; }
        public static bool IsRestricted(string headerName) { throw null; }
        public WebHeaderCollection() { throw null; }
        public string this[string header] { get { throw null; } }
        public int Count { get { throw null; } }
        public string[] AllKeys { get { throw null; } }
    }
}
