// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/DefaultMemberAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : global::System.Attribute
    {
        public DefaultMemberAttribute(string memberName) { throw null; }
        public string MemberName { get { throw null; } }
    }
}
