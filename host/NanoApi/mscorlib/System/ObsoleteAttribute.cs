// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/ObsoleteAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Enum | global::System.AttributeTargets.Constructor | global::System.AttributeTargets.Method | global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Event | global::System.AttributeTargets.Interface | global::System.AttributeTargets.Delegate, Inherited = false)]
    public sealed class ObsoleteAttribute : global::System.Attribute
    {
        public ObsoleteAttribute() { throw null; }
        public ObsoleteAttribute(string message) { throw null; }
        public ObsoleteAttribute(string message, bool error) { throw null; }
        public string Message { get { throw null; } }
        public bool IsError { get { throw null; } }
    }
}
