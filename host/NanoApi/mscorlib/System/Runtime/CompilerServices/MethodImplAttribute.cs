// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Runtime/CompilerServices/MethodImplAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Runtime.CompilerServices
{
    public enum MethodImplOptions
    {
        Unmanaged = 4,
        ForwardRef = 16,
        PreserveSig = 128,
        InternalCall = 4096,
        Synchronized = 32,
        NoInlining = 8,
    }

    public enum MethodCodeType
    {
        IL = 0,
        Native = 1,
        OPTIL = 2,
        Runtime = 3,
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Constructor | global::System.AttributeTargets.Method, Inherited = false)]
    public sealed class MethodImplAttribute : global::System.Attribute
    {
        public global::System.Runtime.CompilerServices.MethodCodeType MethodCodeType;
        public MethodImplAttribute(global::System.Runtime.CompilerServices.MethodImplOptions methodImplOptions) { throw null; }
        public MethodImplAttribute(short _value) { throw null; }
        public MethodImplAttribute() { throw null; }
        public global::System.Runtime.CompilerServices.MethodImplOptions Value { get { throw null; } }
    }
}
