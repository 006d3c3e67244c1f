// Reference-only stub of nanoFramework.System.Collections 1.5.75 (assembly nanoFramework.System.Collections).
// Declarations mirror nanoframework/System.Collections@v1.5.75 (c334f95): nanoFramework.System.Collections/Collections/Stack.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Collections
{
    public class Stack : global::System.Collections.ICollection, global::System.ICloneable
    {
        public Stack() { throw null; }
        public virtual int Count { get { throw null; } }
        public virtual bool IsSynchronized { get { throw null; } }
        public virtual object SyncRoot { get { throw null; } }
        public virtual void Clear() { throw null; }
        public virtual object Clone() { throw null; }
        public virtual bool Contains(object obj) { throw null; }
        public virtual void CopyTo(global::System.Array array, int index) { throw null; }
        public virtual global::System.Collections.IEnumerator GetEnumerator() { throw null; }
        public virtual object Peek() { throw null; }
        public virtual object Pop() { throw null; }
        public virtual void Push(object obj) { throw null; }
        public virtual object[] ToArray() { throw null; }
    }
}
