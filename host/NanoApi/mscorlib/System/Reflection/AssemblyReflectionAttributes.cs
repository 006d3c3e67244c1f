// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/AssemblyReflectionAttributes.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyCopyrightAttribute : global::System.Attribute
    {
        public AssemblyCopyrightAttribute(string copyright) { throw null; }
        public string Copyright { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyTrademarkAttribute : global::System.Attribute
    {
        public AssemblyTrademarkAttribute(string trademark) { throw null; }
        public string Trademark { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyProductAttribute : global::System.Attribute
    {
        public AssemblyProductAttribute(string product) { throw null; }
        public string Product { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyCompanyAttribute : global::System.Attribute
    {
        public AssemblyCompanyAttribute(string company) { throw null; }
        public string Company { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyDescriptionAttribute : global::System.Attribute
    {
        public AssemblyDescriptionAttribute(string description) { throw null; }
        public string Description { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyTitleAttribute : global::System.Attribute
    {
        public AssemblyTitleAttribute(string title) { throw null; }
        public string Title { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyConfigurationAttribute : global::System.Attribute
    {
        public AssemblyConfigurationAttribute(string configuration) { throw null; }
        public string Configuration { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyDefaultAliasAttribute : global::System.Attribute
    {
        public AssemblyDefaultAliasAttribute(string defaultAlias) { throw null; }
        public string DefaultAlias { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly)]
    public sealed class AssemblyInformationalVersionAttribute : global::System.Attribute
    {
        public AssemblyInformationalVersionAttribute(string informationalVersion) { throw null; }
        public string InformationalVersion { get { throw null; } }
    }
}
