// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Console.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public static class Console
    {
        public static void Write(string value) { throw null; }
        public static void WriteLine() { throw null; }
        public static void WriteLine(string value) { throw null; }
    }
}
