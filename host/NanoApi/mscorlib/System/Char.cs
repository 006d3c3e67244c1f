// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Char.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct Char
    {
        private char _f0;
        public const char MaxValue = '\uffff';
        public const char MinValue = '\0';
        public override string ToString() { throw null; }
        public char ToLower() { throw null; }
        public char ToUpper() { throw null; }
    }
}
