// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/UInt64.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct UInt64
    {
        private ulong _f0;
        public const ulong MaxValue = 18446744073709551615UL;
        public const ulong MinValue = 0UL;
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static ulong Parse(string s) { throw null; }
        public static bool TryParse(string s, out ulong result) { throw null; }
    }
}
