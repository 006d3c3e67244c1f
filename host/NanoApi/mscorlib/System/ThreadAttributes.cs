// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/ThreadAttributes.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Method)]
    public sealed class STAThreadAttribute : global::System.Attribute
    {
        public STAThreadAttribute() { throw null; }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Method)]
    public sealed class MTAThreadAttribute : global::System.Attribute
    {
        public MTAThreadAttribute() { throw null; }
    }
}
