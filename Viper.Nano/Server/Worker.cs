using System.Threading;

namespace Viper.Nano.Server
{
    /// <summary>
    /// One of the server's ServerOptions.WorkerThreads threads and the HTTP state it serves
    /// with (parser, request, response: about 2 KB on the device). Created once at start-up; the
    /// accept thread hands it a connection slot, it serves HTTP there (or runs a blocking
    /// WebSocket handler) and waits again. Sharing the HTTP state between slots is what lets a
    /// parked WebSocket or SSE client cost only its slot and its protocol objects.
    /// </summary>
    internal sealed class Worker
    {
        // What one more worker takes from the heap while it runs a blocking handler: its HTTP
        // state and its thread's frames (measured on nanoCLR: about 2.8 KB; see
        // firmware-notes/memory-budget.md). An extra worker starts only with this much free
        // beyond ServerOptions.MemoryReserveBytes.
        internal const int HeapBytes = 3072;

        internal Worker(HttpConnection connection, bool extra)
        {
            Connection = connection;
            Extra = extra;
            Wake = new AutoResetEvent(false);
        }

        // Started because every worker was held (by blocking handlers); ends when it has no
        // connection to serve, so its memory comes back.
        internal readonly bool Extra;

        internal readonly HttpConnection Connection;

        internal readonly AutoResetEvent Wake;

        // The slot to serve; set by the accept thread under the server's lock, null while free.
        internal ConnectionSlot Slot;

        internal Thread Thread;
    }
}
