// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Collections/ArrayList.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Collections
{
    public class ArrayList : global::System.Collections.IList, global::System.ICloneable
    {
        public ArrayList() { throw null; }
        public virtual int Capacity { get { throw null; } set { throw null; } }
        public virtual int Count { get { throw null; } }
        public virtual bool IsFixedSize { get { throw null; } }
        public virtual bool IsReadOnly { get { throw null; } }
        public virtual bool IsSynchronized { get { throw null; } }
        public virtual object SyncRoot { get { throw null; } }
        public virtual object this[int index] { get { throw null; } set { throw null; } }
        public virtual int Add(object value) { throw null; }
        public virtual int BinarySearch(object value, global::System.Collections.IComparer comparer) { throw null; }
        public virtual void Clear() { throw null; }
        public virtual object Clone() { throw null; }
        public virtual bool Contains(object value) { throw null; }
        public virtual void CopyTo(global::System.Array array) { throw null; }
        public virtual void CopyTo(global::System.Array array, int index) { throw null; }
        public virtual global::System.Collections.IEnumerator GetEnumerator() { throw null; }
        public virtual int IndexOf(object value) { throw null; }
        public virtual int IndexOf(object value, int startIndex) { throw null; }
        public virtual int IndexOf(object value, int startIndex, int count) { throw null; }
        public virtual void Insert(int index, object value) { throw null; }
        public virtual void Remove(object value) { throw null; }
        public virtual void RemoveAt(int index) { throw null; }
        public virtual object[] ToArray() { throw null; }
        public virtual global::System.Array ToArray(global::System.Type type) { throw null; }
    }
}
