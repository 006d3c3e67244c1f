// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Type.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public abstract class Type : global::System.Reflection.MemberInfo, global::System.Reflection.IReflect
    {
        public override global::System.Type DeclaringType { get { throw null; } }
        public static global::System.Type GetType(string typeName) { throw null; }
        public object InvokeMember(string name, global::System.Reflection.BindingFlags invokeAttr, global::System.Reflection.Binder binder, object target, object[] args) { throw null; }
        public abstract global::System.Reflection.Assembly Assembly { get; }
        public static global::System.Type GetTypeFromHandle(global::System.RuntimeTypeHandle handle) { throw null; }
        public abstract string FullName { get; }
        public abstract string AssemblyQualifiedName { get; }
        public abstract global::System.Type BaseType { get; }
        public global::System.Reflection.ConstructorInfo GetConstructor(global::System.Type[] types) { throw null; }
        public global::System.Reflection.ConstructorInfo[] GetConstructors() { throw null; }
        public global::System.Reflection.MethodInfo GetMethod(string name, global::System.Type[] types) { throw null; }
        public global::System.Reflection.MethodInfo GetMethod(string name, global::System.Reflection.BindingFlags bindingAttr) { throw null; }
        public global::System.Reflection.MethodInfo GetMethod(string name) { throw null; }
        public global::System.Reflection.MethodInfo[] GetMethods() { throw null; }
        public abstract global::System.Reflection.MethodInfo[] GetMethods(global::System.Reflection.BindingFlags bindingAttr);
        public abstract global::System.Reflection.FieldInfo GetField(string name, global::System.Reflection.BindingFlags bindingAttr);
        public global::System.Reflection.FieldInfo GetField(string name) { throw null; }
        public global::System.Reflection.FieldInfo[] GetFields() { throw null; }
        public abstract global::System.Reflection.FieldInfo[] GetFields(global::System.Reflection.BindingFlags bindingAttr);
        public abstract global::System.Type[] GetInterfaces();
        public bool IsNotPublic { get { throw null; } }
        public bool IsPublic { get { throw null; } }
        public bool IsClass { get { throw null; } }
        public bool IsInterface { get { throw null; } }
        public bool IsValueType { get { throw null; } }
        public bool IsAbstract { get { throw null; } }
        public bool IsEnum { get { throw null; } }
        public bool IsSerializable { get { throw null; } }
        public bool IsArray { get { throw null; } }
        public abstract global::System.Type GetElementType();
        public virtual bool IsSubclassOf(global::System.Type c) { throw null; }
        public virtual bool IsInstanceOfType(object o) { throw null; }
        public override string ToString() { throw null; }
    }
}
