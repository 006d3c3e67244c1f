// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Int64.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct Int64
    {
        private long _f0;
        public const long MaxValue = 9223372036854775807L;
        public const long MinValue = -9223372036854775807L - 1L;
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static long Parse(string s) { throw null; }
        public static bool TryParse(string s, out long result) { throw null; }
    }
}
