// Reference-only stub of nanoFramework.System.IO.Streams 1.1.96 (assembly System.IO.Streams).
// Declarations mirror nanoframework/System.IO.Streams@v1.1.96 (e6d0ae8): System.IO.Streams/SeekOrigin.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.IO
{
    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2,
    }
}
