// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Runtime/CompilerServices/RuntimeHelpers.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Runtime.CompilerServices
{
    public static class RuntimeHelpers
    {
        public static void InitializeArray(global::System.Array array, global::System.RuntimeFieldHandle fldHandle) { throw null; }
        public static object GetObjectValue(object obj) { throw null; }
        public static void RunClassConstructor(global::System.RuntimeTypeHandle type) { throw null; }
        public static int OffsetToStringData { get { throw null; } }
    }
}
