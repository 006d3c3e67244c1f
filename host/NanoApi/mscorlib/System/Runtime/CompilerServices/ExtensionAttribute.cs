// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Runtime/CompilerServices/ExtensionAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Runtime.CompilerServices
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly | global::System.AttributeTargets.Class | global::System.AttributeTargets.Method)]
    public sealed class ExtensionAttribute : global::System.Attribute
    {
    }
}
