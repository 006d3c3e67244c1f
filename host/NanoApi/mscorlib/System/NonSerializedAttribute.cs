// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/NonSerializedAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Field)]
    public sealed class NonSerializedAttribute : global::System.Attribute
    {
        public NonSerializedAttribute() { throw null; }
    }
}
