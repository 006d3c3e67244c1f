// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/MulticastDelegate.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public abstract class MulticastDelegate : global::System.Delegate
    {
        public static bool operator ==(global::System.MulticastDelegate d1, global::System.MulticastDelegate d2) { throw null; }
        public static bool operator !=(global::System.MulticastDelegate d1, global::System.MulticastDelegate d2) { throw null; }
        public override bool Equals(object obj) { throw null; }
    }
}
