// Reference-only stub of nanoFramework.System.Collections 1.5.75 (assembly nanoFramework.System.Collections).
// Declarations mirror nanoframework/System.Collections@v1.5.75 (c334f95): nanoFramework.System.Collections/Collections/Hashtable.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Collections
{
    public class Hashtable : global::System.ICloneable, global::System.Collections.IDictionary
    {
        public Hashtable() { throw null; }
        public Hashtable(int capacity) { throw null; }
        public Hashtable(int capacity, float loadFactor) { throw null; }
        public object Clone() { throw null; }
        public global::System.Collections.IEnumerator GetEnumerator() { throw null; }
        public int Count { get { throw null; } }
        public bool IsSynchronized { get { throw null; } }
        public object SyncRoot { get { throw null; } }
        public void CopyTo(global::System.Array array, int arrayIndex) { throw null; }
        public bool IsReadOnly { get { throw null; } }
        public bool IsFixedSize { get { throw null; } }
        public global::System.Collections.ICollection Keys { get { throw null; } }
        public global::System.Collections.ICollection Values { get { throw null; } }
        public object this[object key] { get { throw null; } set { throw null; } }
        public void Add(object key, object value) { throw null; }
        public void Clear() { throw null; }
        public bool Contains(object key) { throw null; }
        public void Remove(object key) { throw null; }
    }
}
