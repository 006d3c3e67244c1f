// Reference-only stub of nanoFramework.Runtime.Events 1.11.37 (assembly nanoFramework.Runtime.Events).
// Declarations mirror nanoframework/nanoFramework.Runtime.Events@v1.11.37 (6dd93c1): nanoFramework.Runtime.Events/EventSink.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Events
{
    public class EventSink : global::nanoFramework.Runtime.Events.NativeEventDispatcher
    {
        public static void AddEventListener(global::nanoFramework.Runtime.Events.EventCategory eventCategory, global::nanoFramework.Runtime.Events.IEventListener eventListener) { throw null; }
        public static void AddEventFilter(global::nanoFramework.Runtime.Events.EventCategory eventCategory, global::nanoFramework.Runtime.Events.IEventListener eventFilter) { throw null; }
        public static void AddEventProcessor(global::nanoFramework.Runtime.Events.EventCategory eventCategory, global::nanoFramework.Runtime.Events.IEventProcessor eventProcessor) { throw null; }
        public static void RemoveEventListener(global::nanoFramework.Runtime.Events.EventCategory eventCategory, global::nanoFramework.Runtime.Events.IEventListener eventListener) { throw null; }
        public static void RemoveEventFilter(global::nanoFramework.Runtime.Events.EventCategory eventCategory, global::nanoFramework.Runtime.Events.IEventListener eventFilter) { throw null; }
        public static void RemoveEventProcessor(global::nanoFramework.Runtime.Events.EventCategory eventCategory, global::nanoFramework.Runtime.Events.IEventProcessor eventProcessor) { throw null; }
        public static void PostManagedEvent(byte category, byte subCategory, ushort data1, uint data2) { throw null; }
        internal EventSink() : base(default(string), default(ulong)) { }
    }
}
