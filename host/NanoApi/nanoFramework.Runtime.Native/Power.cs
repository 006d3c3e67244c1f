// Reference-only stub of nanoFramework.Runtime.Native 1.7.11 (assembly nanoFramework.Runtime.Native).
// Declarations mirror nanoframework/nanoFramework.Runtime.Native@v1.7.11 (e70ef69): nanoFramework.Runtime.Native/Power.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Native
{
    public delegate void RebootEventHandler();

    public class Power
    {
        public static event global::nanoFramework.Runtime.Native.RebootEventHandler OnRebootEvent { add { } remove { } }
        public static void RebootDevice(global::nanoFramework.Runtime.Native.RebootOption rebootOption = (global::nanoFramework.Runtime.Native.RebootOption)(0)) { throw null; }
        public static void RebootDevice(int exeConstraintTimeout, global::nanoFramework.Runtime.Native.RebootOption rebootOption = (global::nanoFramework.Runtime.Native.RebootOption)(0)) { throw null; }
    }
}
