// Reference-only stub of nanoFramework.System.Collections 1.5.75 (assembly nanoFramework.System.Collections).
// Declarations mirror nanoframework/System.Collections@v1.5.75 (c334f95): nanoFramework.System.Collections/Collections/DictionaryEntry.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Collections
{
    public class DictionaryEntry
    {
        public object Key;
        public object Value;
        public DictionaryEntry(object key, object value) { throw null; }
    }
}
