// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/AttributeUsageAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Class)]
    public sealed class AttributeUsageAttribute : global::System.Attribute
    {
        public AttributeUsageAttribute(global::System.AttributeTargets validOn) { throw null; }
        public global::System.AttributeTargets ValidOn { get { throw null; } }
        public bool AllowMultiple { get { throw null; } set { throw null; } }
        public bool Inherited { get { throw null; } set { throw null; } }
    }
}
