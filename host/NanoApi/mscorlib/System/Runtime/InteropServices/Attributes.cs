// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Runtime/InteropServices/Attributes.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Runtime.InteropServices
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly | global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Enum | global::System.AttributeTargets.Method | global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Interface | global::System.AttributeTargets.Delegate, Inherited = false)]
    public sealed class ComVisibleAttribute : global::System.Attribute
    {
        public ComVisibleAttribute(bool visibility) { throw null; }
        public bool Value { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly | global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Enum | global::System.AttributeTargets.Interface | global::System.AttributeTargets.Delegate, Inherited = false)]
    public sealed class GuidAttribute : global::System.Attribute
    {
        public GuidAttribute(string guid) { throw null; }
        public string Value { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Parameter)]
    public sealed class OutAttribute : global::System.Attribute
    {
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct, Inherited = false)]
    public sealed class StructLayoutAttribute : global::System.Attribute
    {
        public StructLayoutAttribute(global::System.Runtime.InteropServices.LayoutKind layoutKind) { throw null; }
        public StructLayoutAttribute(short layoutKind) { throw null; }
        public global::System.Runtime.InteropServices.LayoutKind Value { get { throw null; } }
        public int Pack;
        public int Size;
        public global::System.Runtime.InteropServices.CharSet CharSet;
    }
}
