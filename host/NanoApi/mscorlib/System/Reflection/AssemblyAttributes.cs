// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/AssemblyAttributes.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyCultureAttribute : global::System.Attribute
    {
        public AssemblyCultureAttribute(string culture) { throw null; }
        public string Culture { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyVersionAttribute : global::System.Attribute
    {
        public AssemblyVersionAttribute(string version) { throw null; }
        public string Version { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyKeyFileAttribute : global::System.Attribute
    {
        public AssemblyKeyFileAttribute(string keyFile) { throw null; }
        public string KeyFile { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyKeyNameAttribute : global::System.Attribute
    {
        public AssemblyKeyNameAttribute(string keyName) { throw null; }
        public string KeyName { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyDelaySignAttribute : global::System.Attribute
    {
        public AssemblyDelaySignAttribute(bool delaySign) { throw null; }
        public bool DelaySign { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyFlagsAttribute : global::System.Attribute
    {
        public AssemblyFlagsAttribute(uint flags) { throw null; }
        public uint Flags { get { throw null; } }
        public AssemblyFlagsAttribute(global::System.Reflection.AssemblyNameFlags assemblyFlags) { throw null; }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyFileVersionAttribute : global::System.Attribute
    {
        public AssemblyFileVersionAttribute(string version) { throw null; }
        public string Version { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly | global::System.AttributeTargets.Class, Inherited = false)]
    public sealed class AssemblyNativeVersionAttribute : global::System.Attribute
    {
        public AssemblyNativeVersionAttribute(string version) { throw null; }
        public string NativeVersion { get { throw null; } }
    }
}
