// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/PropertyInfo.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    public abstract class PropertyInfo : global::System.Reflection.MemberInfo
    {
        public abstract global::System.Type PropertyType { get; }
        public virtual object GetValue(object obj, object[] index) { throw null; }
        public virtual void SetValue(object obj, object value, object[] index) { throw null; }
    }
}
