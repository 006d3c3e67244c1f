// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/UInt32.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct UInt32
    {
        private uint _f0;
        public const uint MaxValue = 4294967295U;
        public const uint MinValue = 0U;
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static uint Parse(string s) { throw null; }
        public static bool TryParse(string s, out uint result) { throw null; }
    }
}
