// Reference-only stub of nanoFramework.Runtime.Native 1.7.11 (assembly nanoFramework.Runtime.Native).
// Declarations mirror nanoframework/nanoFramework.Runtime.Native@v1.7.11 (e70ef69): nanoFramework.Runtime.Native/SystemInfo.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Native
{
    public static class SystemInfo
    {
        public static global::System.Version Version { get { throw null; } }
        public static string OEMString { get { throw null; } }
        public static byte OEM { get { throw null; } }
        public static byte Model { get { throw null; } }
        public static ushort SKU { get { throw null; } }
        public static string TargetName { get { throw null; } }
        public static string Platform { get { throw null; } }
        public static global::nanoFramework.Runtime.Native.SystemInfo.FloatingPoint FloatingPointSupport { get { throw null; } }

        public enum FloatingPoint
        {
            None = 0,
            SinglePrecisionSoftware = 1,
            SinglePrecisionHardware = 2,
            DoublePrecisionSoftware = 3,
            DoublePrecisionHardware = 4,
        }
    }
}
