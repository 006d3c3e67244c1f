// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Diagnostics/DebuggerAttributes.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Diagnostics
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Constructor | global::System.AttributeTargets.Method, Inherited = false)]
    public sealed class DebuggerStepThroughAttribute : global::System.Attribute
    {
        public DebuggerStepThroughAttribute() { throw null; }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Constructor | global::System.AttributeTargets.Method, Inherited = false)]
    public sealed class DebuggerStepperBoundaryAttribute : global::System.Attribute
    {
        public DebuggerStepperBoundaryAttribute() { throw null; }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Constructor | global::System.AttributeTargets.Method | global::System.AttributeTargets.Property, Inherited = false)]
    public sealed class DebuggerHiddenAttribute : global::System.Attribute
    {
        public DebuggerHiddenAttribute() { throw null; }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Constructor | global::System.AttributeTargets.Method | global::System.AttributeTargets.Property, Inherited = false)]
    public sealed class DebuggerNonUserCodeAttribute : global::System.Attribute
    {
        public DebuggerNonUserCodeAttribute() { throw null; }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly | global::System.AttributeTargets.Module)]
    public sealed class DebuggableAttribute : global::System.Attribute
    {
        public DebuggableAttribute(bool isJITTrackingEnabled, bool isJITOptimizerDisabled) { throw null; }
        public DebuggableAttribute(global::System.Diagnostics.DebuggableAttribute.DebuggingModes modes) { throw null; }
        public bool IsJITTrackingEnabled { get { throw null; } }
        public bool IsJITOptimizerDisabled { get { throw null; } }
        public global::System.Diagnostics.DebuggableAttribute.DebuggingModes DebuggingFlags { get { throw null; } }

        [global::System.FlagsAttribute]
        public enum DebuggingModes
        {
            None = 0,
            Default = 1,
            DisableOptimizations = 256,
            IgnoreSymbolStoreSequencePoints = 2,
            EnableEditAndContinue = 4,
        }
    }

    public enum DebuggerBrowsableState
    {
        Never = 0,
        Collapsed = 2,
        RootHidden = 3,
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field)]
    public sealed class DebuggerBrowsableAttribute : global::System.Attribute
    {
        public DebuggerBrowsableAttribute(global::System.Diagnostics.DebuggerBrowsableState state) { throw null; }
        public global::System.Diagnostics.DebuggerBrowsableState State { get { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly | global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct, AllowMultiple = true)]
    public sealed class DebuggerTypeProxyAttribute : global::System.Attribute
    {
        public DebuggerTypeProxyAttribute(global::System.Type type) { throw null; }
        public DebuggerTypeProxyAttribute(string typeName) { throw null; }
        public string ProxyTypeName { get { throw null; } }
        public global::System.Type Target { get { throw null; } set { throw null; } }
        public string TargetTypeName { get { throw null; } set { throw null; } }
    }

    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Assembly | global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Enum | global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Delegate, AllowMultiple = true)]
    public sealed class DebuggerDisplayAttribute : global::System.Attribute
    {
        public DebuggerDisplayAttribute(string value) { throw null; }
        public string Value { get { throw null; } }
        public string Name { get { throw null; } set { throw null; } }
        public string Type { get { throw null; } set { throw null; } }
        public global::System.Type Target { get { throw null; } set { throw null; } }
        public string TargetTypeName { get { throw null; } set { throw null; } }
    }
}
