// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Collections/ICollection.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Collections
{
    public interface ICollection : global::System.Collections.IEnumerable
    {
        void CopyTo(global::System.Array array, int index);
        int Count { get; }
        object SyncRoot { get; }
        bool IsSynchronized { get; }
    }
}
