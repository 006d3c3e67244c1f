// Reference-only stub of nanoFramework.TestFramework 3.0.x (main d4fa55e = v3.0.77+1; 3.0.80 has no tag) (assembly nanoFramework.TestFramework).
// Declarations mirror nanoframework/nanoFramework.TestFramework@main (d4fa55e): TestFrameworkShared/AssertFailedException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace TestFrameworkShared
{
    public class AssertFailedException : global::System.Exception
    {
        public AssertFailedException(string msg, global::System.Exception ex) { throw null; }
        public AssertFailedException(string msg) { throw null; }
        public AssertFailedException() { throw null; }
    }
}
