// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/TargetFrameworkAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Runtime.Versioning
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class TargetFrameworkAttribute : global::System.Attribute
    {
        public TargetFrameworkAttribute(string frameworkName) { throw null; }
        public string FrameworkName { get { throw null; } }
        public string FrameworkDisplayName { get { throw null; } set { throw null; } }
    }
}
