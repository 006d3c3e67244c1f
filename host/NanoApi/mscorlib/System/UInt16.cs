// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/UInt16.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct UInt16
    {
        private ushort _f0;
        public const ushort MaxValue = (ushort)65535;
        public const ushort MinValue = (ushort)0;
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static ushort Parse(string s) { throw null; }
        public static bool TryParse(string s, out ushort result) { throw null; }
    }
}
