// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Runtime/CompilerServices/ExcludeTypeAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Runtime.CompilerServices
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Enum, AllowMultiple = false, Inherited = true)]
    public class ExcludeTypeAttribute : global::System.Attribute
    {
    }
}
