// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Int32.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct Int32
    {
        private int _f0;
        public const int MaxValue = 2147483647;
        public const int MinValue = -2147483647 - 1;
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static int Parse(string s) { throw null; }
        public static bool TryParse(string s, out int result) { throw null; }
    }
}
