// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/SByte.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct SByte
    {
        private sbyte _f0;
        public const sbyte MaxValue = (sbyte)127;
        public const sbyte MinValue = (sbyte)-128;
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static sbyte Parse(string s) { throw null; }
        public static bool TryParse(string s, out sbyte result) { throw null; }
    }
}
