// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Version.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public sealed class Version
    {
        public Version(int major, int minor, int build, int revision) { throw null; }
        public Version(int major, int minor) { throw null; }
        public int Major { get { throw null; } }
        public int Minor { get { throw null; } }
        public int Revision { get { throw null; } }
        public int Build { get { throw null; } }
        public override bool Equals(object obj) { throw null; }
        public override string ToString() { throw null; }
        public override int GetHashCode() { throw null; }
    }
}
