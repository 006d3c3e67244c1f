// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Runtime/CompilerServices/InternalsVisibleToAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Runtime.CompilerServices
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class InternalsVisibleToAttribute : global::System.Attribute
    {
        public InternalsVisibleToAttribute(string assemblyName) { throw null; }
        public string AssemblyName { get { throw null; } }
    }
}
