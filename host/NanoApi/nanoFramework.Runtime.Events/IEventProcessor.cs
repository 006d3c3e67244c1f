// Reference-only stub of nanoFramework.Runtime.Events 1.11.37 (assembly nanoFramework.Runtime.Events).
// Declarations mirror nanoframework/nanoFramework.Runtime.Events@v1.11.37 (6dd93c1): nanoFramework.Runtime.Events/IEventProcessor.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Events
{
    public interface IEventProcessor
    {
        global::nanoFramework.Runtime.Events.BaseEvent ProcessEvent(uint data1, uint data2, global::System.DateTime time);
    }
}
