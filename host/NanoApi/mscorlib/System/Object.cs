// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Object.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public class Object
    {
        public Object() { throw null; }
        public virtual string ToString() { throw null; }
        public virtual bool Equals(object obj) { throw null; }
        public static bool Equals(object objA, object objB) { throw null; }
        public static bool ReferenceEquals(object objA, object objB) { throw null; }
        public virtual int GetHashCode() { throw null; }
        public global::System.Type GetType() { throw null; }
        protected object MemberwiseClone() { throw null; }
    }
}
