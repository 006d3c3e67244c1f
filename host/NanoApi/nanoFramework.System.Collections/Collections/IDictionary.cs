// Reference-only stub of nanoFramework.System.Collections 1.5.75 (assembly nanoFramework.System.Collections).
// Declarations mirror nanoframework/System.Collections@v1.5.75 (c334f95): nanoFramework.System.Collections/Collections/IDictionary.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Collections
{
    public interface IDictionary : global::System.Collections.ICollection
    {
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        global::System.Collections.ICollection Keys { get; }
        global::System.Collections.ICollection Values { get; }
        object this[object key] { get; set; }
        void Add(object key, object value);
        void Clear();
        bool Contains(object key);
        void Remove(object key);
    }
}
