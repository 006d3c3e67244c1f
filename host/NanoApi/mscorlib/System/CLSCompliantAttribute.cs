// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/CLSCompliantAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.All)]
    public sealed class CLSCompliantAttribute : global::System.Attribute
    {
        public CLSCompliantAttribute(bool isCompliant) { throw null; }
        public bool IsCompliant { get { throw null; } }
    }
}
