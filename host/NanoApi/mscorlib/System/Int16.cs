// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Int16.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct Int16
    {
        private short _f0;
        public const short MaxValue = (short)32767;
        public const short MinValue = (short)-32768;
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static short Parse(string s) { throw null; }
        public static bool TryParse(string s, out short result) { throw null; }
    }
}
