// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Diagnostics/CodeAnalysis/NullableAttributes.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Diagnostics.CodeAnalysis
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter, Inherited = false)]
    public sealed class AllowNullAttribute : global::System.Attribute
    {
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter, Inherited = false)]
    public sealed class DisallowNullAttribute : global::System.Attribute
    {
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.ReturnValue, Inherited = false)]
    public sealed class MaybeNullAttribute : global::System.Attribute
    {
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.ReturnValue, Inherited = false)]
    public sealed class NotNullAttribute : global::System.Attribute
    {
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Parameter, Inherited = false)]
    public sealed class MaybeNullWhenAttribute : global::System.Attribute
    {
        public MaybeNullWhenAttribute(bool returnValue) { throw null; }
        public bool ReturnValue { get { throw null; } }
    }

    public sealed class NotNullWhenAttribute : global::System.Attribute
    {
        public NotNullWhenAttribute(bool returnValue) { throw null; }
        public bool ReturnValue { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Property | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.ReturnValue, AllowMultiple = true, Inherited = false)]
    public sealed class NotNullIfNotNullAttribute : global::System.Attribute
    {
        public NotNullIfNotNullAttribute(string parameterName) { throw null; }
        public string ParameterName { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Method, Inherited = false)]
    public sealed class DoesNotReturnAttribute : global::System.Attribute
    {
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Parameter, Inherited = false)]
    public sealed class DoesNotReturnIfAttribute : global::System.Attribute
    {
        public DoesNotReturnIfAttribute(bool parameterValue) { throw null; }
        public bool ParameterValue { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Method | global::System.AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
    public sealed class MemberNotNullAttribute : global::System.Attribute
    {
        public MemberNotNullAttribute(string member) { throw null; }
        public MemberNotNullAttribute(params string[] members) { throw null; }
        public string[] Members { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Method | global::System.AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
    public sealed class MemberNotNullWhenAttribute : global::System.Attribute
    {
        public MemberNotNullWhenAttribute(bool returnValue, string member) { throw null; }
        public MemberNotNullWhenAttribute(bool returnValue, params string[] members) { throw null; }
        public bool ReturnValue { get { throw null; } }
        public string[] Members { get { throw null; } }
    }
}
