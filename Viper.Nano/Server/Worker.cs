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
        internal Worker(HttpConnection connection)
        {
            Connection = connection;
            Wake = new AutoResetEvent(false);
        }

        internal readonly HttpConnection Connection;

        internal readonly AutoResetEvent Wake;

        // The slot to serve; set by the accept thread under the server's lock, null while free.
        internal ConnectionSlot Slot;

        internal Thread Thread;
    }
}
