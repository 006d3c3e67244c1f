// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/MethodBase.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    public abstract class MethodBase : global::System.Reflection.MemberInfo
    {
        public bool IsPublic { get { throw null; } }
        public bool IsStatic { get { throw null; } }
        public bool IsFinal { get { throw null; } }
        public bool IsVirtual { get { throw null; } }
        public bool IsAbstract { get { throw null; } }
        public abstract global::System.Reflection.ParameterInfo[] GetParameters();
        public object Invoke(object obj, object[] parameters) { throw null; }
        public override string Name { get { throw null; } }
        public override global::System.Type DeclaringType { get { throw null; } }
    }
}
