// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/MethodInfo.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    public abstract class MethodInfo : global::System.Reflection.MethodBase
    {
        public override global::System.Reflection.MemberTypes MemberType { get { throw null; } }
        public abstract global::System.Type ReturnType { get; }
    }
}
