// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Diagnostics/Debug.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Diagnostics
{
    public static class Debug
    {
        [global::System.Diagnostics.ConditionalAttribute("DEBUG")]
        public static void Assert(bool condition) { throw null; }
        [global::System.Diagnostics.ConditionalAttribute("DEBUG")]
        public static void Assert(bool condition, string message) { throw null; }
        [global::System.Diagnostics.ConditionalAttribute("DEBUG")]
        public static void Assert(bool condition, string message, string detailedMessage) { throw null; }
        [global::System.Diagnostics.ConditionalAttribute("DEBUG")]
        public static void Write(string message) { throw null; }
        [global::System.Diagnostics.ConditionalAttribute("DEBUG")]
        public static void WriteLine() { throw null; }
        [global::System.Diagnostics.ConditionalAttribute("DEBUG")]
        public static void WriteLine(string message) { throw null; }
    }
}
