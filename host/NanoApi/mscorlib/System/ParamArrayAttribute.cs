// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/ParamArrayAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Parameter)]
    public sealed class ParamArrayAttribute : global::System.Attribute
    {
        public ParamArrayAttribute() { throw null; }
    }
}
