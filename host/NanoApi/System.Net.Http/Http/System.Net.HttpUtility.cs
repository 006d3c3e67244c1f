// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/System.Net.HttpUtility.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Web
{
    public class HttpUtility
    {
        public static string UrlEncode(string str) { throw null; }
        public static string UrlEncode(string str, global::System.Text.Encoding e) { throw null; }
        public static string UrlEncode(byte[] bytes, int offset, int count) { throw null; }
        public static string UrlEncode(byte[] bytes) { throw null; }
        public static byte[] UrlEncodeToBytes(string str, global::System.Text.Encoding e) { throw null; }
        public static byte[] UrlEncodeToBytes(byte[] bytes) { throw null; }
        public static byte[] UrlEncodeToBytes(byte[] bytes, int offset, int count) { throw null; }
        public static string UrlDecode(string str) { throw null; }
        public static string UrlDecode(string str, global::System.Text.Encoding e) { throw null; }
        public static string UrlDecode(byte[] bytes, int offset, int count, global::System.Text.Encoding e) { throw null; }
        public static string UrlDecode(byte[] bytes, global::System.Text.Encoding e) { throw null; }
        public static byte[] UrlDecodeToBytes(byte[] bytes, int offset, int count) { throw null; }
        public static byte[] UrlDecodeToBytes(string str, global::System.Text.Encoding e) { throw null; }
        public static byte[] UrlDecodeToBytes(string str) { throw null; }
        public static byte[] UrlDecodeToBytes(byte[] bytes) { throw null; }
        public static int HexToInt(char h) { throw null; }
    }
}
