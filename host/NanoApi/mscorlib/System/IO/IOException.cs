// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/IO/IOException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.IO
{
    public class IOException : global::System.SystemException
    {
        public IOException() { throw null; }
        public IOException(string message) { throw null; }
        public IOException(string message, int hresult) { throw null; }
        public IOException(string message, global::System.Exception innerException) { throw null; }
        public global::System.IO.IOException.IOExceptionErrorCode ErrorCode { get { throw null; } }

        public enum IOExceptionErrorCode
        {
            Others = -536870912,
            InvalidDriver = -520093696,
            FileNotFound = -503316480,
            DirectoryNotFound = -486539264,
            VolumeNotFound = -469762048,
            PathTooLong = -452984832,
            DirectoryNotEmpty = -436207616,
            UnauthorizedAccess = -419430400,
            PathAlreadyExists = -402653184,
            TooManyOpenHandles = -385875968,
        }
    }
}
