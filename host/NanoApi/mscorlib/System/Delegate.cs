// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Delegate.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public abstract class Delegate
    {
        public override bool Equals(object obj) { throw null; }
        public static global::System.Delegate Combine(global::System.Delegate a, global::System.Delegate b) { throw null; }
        public global::System.Reflection.MethodInfo Method { get { throw null; } }
        public virtual global::System.Delegate[] GetInvocationList() { throw null; }
        public object Target { get { throw null; } }
        public static global::System.Delegate Remove(global::System.Delegate source, global::System.Delegate value) { throw null; }
        public static bool operator ==(global::System.Delegate d1, global::System.Delegate d2) { throw null; }
        public static bool operator !=(global::System.Delegate d1, global::System.Delegate d2) { throw null; }
    }
}
