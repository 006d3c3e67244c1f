// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Diagnostics/ConditionalAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Diagnostics
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : global::System.Attribute
    {
        public ConditionalAttribute(string conditionString) { throw null; }
        public string ConditionString { get { throw null; } }
    }
}
