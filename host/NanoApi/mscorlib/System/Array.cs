// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Array.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public abstract class Array : global::System.ICloneable, global::System.Collections.IList
    {
        public static global::System.Array CreateInstance(global::System.Type elementType, int length) { throw null; }
        public static void Copy(global::System.Array sourceArray, global::System.Array destinationArray, int length) { throw null; }
        public static void Copy(global::System.Array sourceArray, int sourceIndex, global::System.Array destinationArray, int destinationIndex, int length) { throw null; }
        public static void Clear(global::System.Array array, int index, int length) { throw null; }
        public object GetValue(int index) { throw null; }
        public int Length { get { throw null; } }
        int global::System.Collections.ICollection.Count { get { throw null; } }
        public object SyncRoot { get { throw null; } }
        public bool IsReadOnly { get { throw null; } }
        public bool IsFixedSize { get { throw null; } }
        public bool IsSynchronized { get { throw null; } }
        object global::System.Collections.IList.this[int index] { get { throw null; } set { throw null; } }
        int global::System.Collections.IList.Add(object value) { throw null; }
        bool global::System.Collections.IList.Contains(object value) { throw null; }
        void global::System.Collections.IList.Clear() { throw null; }
        int global::System.Collections.IList.IndexOf(object value) { throw null; }
        void global::System.Collections.IList.Insert(int index, object value) { throw null; }
        void global::System.Collections.IList.Remove(object value) { throw null; }
        void global::System.Collections.IList.RemoveAt(int index) { throw null; }
        public object Clone() { throw null; }
        public static int BinarySearch(global::System.Array array, object value, global::System.Collections.IComparer comparer) { throw null; }
        public static int BinarySearch(global::System.Array array, int index, int length, object value, global::System.Collections.IComparer comparer) { throw null; }
        public void CopyTo(global::System.Array array, int index) { throw null; }
        public global::System.Collections.IEnumerator GetEnumerator() { throw null; }
        public static int IndexOf(global::System.Array array, object value) { throw null; }
        public static int IndexOf(global::System.Array array, object value, int startIndex) { throw null; }
        public static int IndexOf(global::System.Array array, object value, int startIndex, int count) { throw null; }
    }
}
