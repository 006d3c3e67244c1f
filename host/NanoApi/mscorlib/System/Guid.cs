// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Guid.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct Guid
    {
        private int[] _f0;
        public static readonly global::System.Guid Empty;
        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k) { throw null; }
        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k) { throw null; }
        public Guid(byte[] b) { throw null; }
        public Guid(string g) { throw null; }
        public int CompareTo(object value) { throw null; }
        public byte[] ToByteArray() { throw null; }
        public override string ToString() { throw null; }
        public override bool Equals(object o) { throw null; }
        public override int GetHashCode() { throw null; }
        public static global::System.Guid NewGuid() { throw null; }
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.")]
        public static bool TryParseGuidWithDashes(string input, out global::System.Guid result) { throw null; }
    }
}
