// Reference-only stub of nanoFramework.Json 2.2.x (main 76f1016 = v2.2.203+5; 2.2.213 has no tag) (assembly nanoFramework.Json).
// Declarations mirror nanoframework/nanoFramework.Json@main (76f1016): nanoFramework.Json/DeserializationException.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Json
{
    public class DeserializationException : global::System.Exception
    {
    }
}
