// Reference-only stub of nanoFramework.Runtime.Events 1.11.37 (assembly nanoFramework.Runtime.Events).
// Declarations mirror nanoframework/nanoFramework.Runtime.Events@v1.11.37 (6dd93c1): nanoFramework.Runtime.Events/WeakDelegate.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Events
{
    public static class WeakDelegate
    {
        public static global::System.Delegate Combine(global::System.Delegate a, global::System.Delegate b) { throw null; }
        public static global::System.Delegate Remove(global::System.Delegate a, global::System.Delegate b) { throw null; }
    }
}
