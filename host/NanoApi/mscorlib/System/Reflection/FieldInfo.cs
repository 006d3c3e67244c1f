// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/FieldInfo.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    public abstract class FieldInfo : global::System.Reflection.MemberInfo
    {
        public override global::System.Reflection.MemberTypes MemberType { get { throw null; } }
        public abstract global::System.Type FieldType { get; }
        public abstract object GetValue(object obj);
        public virtual void SetValue(object obj, object value) { throw null; }
        public override object[] GetCustomAttributes(bool inherit) { throw null; }
    }
}
