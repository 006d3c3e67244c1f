// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/ComponentModel/EditorBrowsableAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.ComponentModel
{
    public enum EditorBrowsableState
    {
        Always = 0,
        Never = 1,
        Advanced = 2,
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Enum | global::System.AttributeTargets.Constructor | global::System.AttributeTargets.Method | global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Event | global::System.AttributeTargets.Interface | global::System.AttributeTargets.Delegate)]
    public sealed class EditorBrowsableAttribute : global::System.Attribute
    {
        public EditorBrowsableAttribute() { throw null; }
        public EditorBrowsableAttribute(global::System.ComponentModel.EditorBrowsableState state) { throw null; }
        public override bool Equals(object obj) { throw null; }
        public global::System.ComponentModel.EditorBrowsableState State { get { throw null; } }
    }
}
