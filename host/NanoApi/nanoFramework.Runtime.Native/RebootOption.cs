// Reference-only stub of nanoFramework.Runtime.Native 1.7.11 (assembly nanoFramework.Runtime.Native).
// Declarations mirror nanoframework/nanoFramework.Runtime.Native@v1.7.11 (e70ef69): nanoFramework.Runtime.Native/RebootOption.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Native
{
    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 8,
    }
}
