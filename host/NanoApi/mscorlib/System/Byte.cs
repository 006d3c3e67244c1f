// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Byte.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct Byte
    {
        private byte _f0;
        public const byte MaxValue = (byte)255;
        public const byte MinValue = (byte)0;
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static byte Parse(string s) { throw null; }
        public static bool TryParse(string s, out byte result) { throw null; }
    }
}
