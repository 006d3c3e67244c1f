// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Convert.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    [global::System.FlagsAttribute]
    public enum Base64FormattingOptions
    {
        None = 0,
        InsertLineBreaks = 1,
    }

    public static class Convert
    {
        public static bool ToBoolean(byte value) { throw null; }
        public static char ToChar(ushort value) { throw null; }
        public static sbyte ToSByte(string value, int fromBase = 10) { throw null; }
        public static byte ToByte(string value, int fromBase = 10) { throw null; }
        public static byte ToByte(bool value) { throw null; }
        public static global::System.DateTime ToDateTime(string value) { throw null; }
        public static short ToInt16(string value, int fromBase = 10) { throw null; }
        public static ushort ToUInt16(string value, int fromBase = 10) { throw null; }
        public static int ToInt32(string value, int fromBase = 10) { throw null; }
        public static uint ToUInt32(string value, int fromBase = 10) { throw null; }
        public static long ToInt64(string value, int fromBase = 10) { throw null; }
        public static ulong ToUInt64(string value, int fromBase = 10) { throw null; }
        public static double ToDouble(string value) { throw null; }
        public static float ToSingle(string value) { throw null; }
        public static string ToBase64String(byte[] inArray) { throw null; }
        public static string ToBase64String(byte[] inArray, global::System.Base64FormattingOptions options) { throw null; }
        public static string ToBase64String(byte[] inArray, int offset, int length) { throw null; }
        public static string ToBase64String(byte[] inArray, int offset, int length, global::System.Base64FormattingOptions options) { throw null; }
        public static byte[] FromBase64String(string inString) { throw null; }
        public static byte[] FromBase64CharArray(char[] inArray, int offset, int length) { throw null; }
    }
}
