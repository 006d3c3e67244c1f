// Reference-only stub of nanoFramework.Runtime.Events 1.11.37 (assembly nanoFramework.Runtime.Events).
// Declarations mirror nanoframework/nanoFramework.Runtime.Events@v1.11.37 (6dd93c1): nanoFramework.Runtime.Events/CustomEvent.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Events
{
    public class CustomEventArgs : global::System.EventArgs
    {
        public ushort Data1 { get { throw null; } }
        public uint Data2 { get { throw null; } }
        internal CustomEventArgs() { }
    }

    public delegate void CustomEventPostedEventHandler(object sender, global::nanoFramework.Runtime.Events.CustomEventArgs e);

    public static class CustomEvent
    {
        public static event global::nanoFramework.Runtime.Events.CustomEventPostedEventHandler CustomEventPosted { add { } remove { } }
    }
}
