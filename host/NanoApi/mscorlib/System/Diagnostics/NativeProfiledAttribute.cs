// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Diagnostics/NativeProfiledAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Diagnostics
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Constructor | global::System.AttributeTargets.Method, Inherited = false)]
    public sealed class NativeProfiledAttribute : global::System.Attribute
    {
    }
}
