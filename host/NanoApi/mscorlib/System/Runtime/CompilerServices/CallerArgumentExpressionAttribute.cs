// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Runtime/CompilerServices/CallerArgumentExpressionAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Runtime.CompilerServices
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    public sealed class CallerArgumentExpressionAttribute : global::System.Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) { throw null; }
        public string ParameterName { get { throw null; } }
    }
}
