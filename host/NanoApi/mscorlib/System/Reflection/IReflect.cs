// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/IReflect.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    public interface IReflect
    {
        global::System.Reflection.MethodInfo GetMethod(string name, global::System.Reflection.BindingFlags bindingAttr);
        global::System.Reflection.FieldInfo GetField(string name, global::System.Reflection.BindingFlags bindingAttr);
    }
}
