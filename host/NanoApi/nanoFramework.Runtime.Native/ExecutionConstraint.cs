// Reference-only stub of nanoFramework.Runtime.Native 1.7.11 (assembly nanoFramework.Runtime.Native).
// Declarations mirror nanoframework/nanoFramework.Runtime.Native@v1.7.11 (e70ef69): nanoFramework.Runtime.Native/ExecutionConstraint.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Native
{
    public class ConstraintException : global::System.Exception
    {
    }

    public static class ExecutionConstraint
    {
        public static void Install(int timeoutMilliseconds, int priority) { throw null; }
    }
}
