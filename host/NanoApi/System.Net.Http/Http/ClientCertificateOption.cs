// Reference-only stub of nanoFramework.System.Net.Http 1.5.210 (assembly System.Net.Http).
// Declarations mirror nanoframework/System.Net.Http@v1.5.210 (a37532d): nanoFramework.System.Net.Http/Http/ClientCertificateOption.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Net.Http
{
    public enum ClientCertificateOption
    {
        Manual = 0,
        Automatic = 1,
    }
}
