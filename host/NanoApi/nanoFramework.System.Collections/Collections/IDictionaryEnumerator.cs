// Reference-only stub of nanoFramework.System.Collections 1.5.75 (assembly nanoFramework.System.Collections).
// Declarations mirror nanoframework/System.Collections@v1.5.75 (c334f95): nanoFramework.System.Collections/Collections/IDictionaryEnumerator.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Collections
{
    public interface IDictionaryEnumerator : global::System.Collections.IEnumerator
    {
        object Key { get; }
        object Value { get; }
        global::System.Collections.DictionaryEntry Entry { get; }
    }
}
