// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/MemberInfo.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    public abstract class MemberInfo
    {
        public abstract global::System.Reflection.MemberTypes MemberType { get; }
        public abstract string Name { get; }
        public abstract global::System.Type DeclaringType { get; }
        public abstract object[] GetCustomAttributes(bool inherit);
    }
}
