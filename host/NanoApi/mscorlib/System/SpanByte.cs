// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/SpanByte.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public readonly ref struct SpanByte
    {
        private readonly byte[] _f0;
        private readonly int _f1;
        private readonly int _f2;
        public SpanByte(byte[] array) { throw null; }
        public SpanByte(byte[] array, int start, int length) { throw null; }
        public byte this[int index] { get { throw null; } set { throw null; } }
        public static global::System.SpanByte Empty { get { throw null; } }
        public int Length { get { throw null; } }
        public bool IsEmpty { get { throw null; } }
        public void CopyTo(global::System.SpanByte destination) { throw null; }
        public global::System.SpanByte Slice(int start) { throw null; }
        public global::System.SpanByte Slice(int start, int length) { throw null; }
        public byte[] ToArray() { throw null; }
        public static implicit operator global::System.SpanByte(byte[] array) { throw null; }
    }
}
