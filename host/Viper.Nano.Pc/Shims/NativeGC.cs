// PC stand-in for nanoFramework.Runtime.Native.GC (1.7.11), whose Run(bool) collects and returns
// the free managed heap on the device. A PC has no small heap to guard, so Run reports plenty
// without collecting (a full collection per connection would distort the benchmarks), unless a
// test sets SimulatedFreeBytes to see how the server behaves when memory is short.
namespace nanoFramework.Runtime.Native
{
    /// <summary>The device's garbage collector entry point.</summary>
    public static class GC
    {
        /// <summary>PC only: when not negative, what <see cref="Run"/> returns (a test's short heap).</summary>
        public static long SimulatedFreeBytes = -1;

        /// <summary>The free managed heap in bytes: SimulatedFreeBytes, or 1 GiB when not simulating.</summary>
        public static uint Run(bool compactHeap)
        {
            long simulated = SimulatedFreeBytes;
            return simulated >= 0 ? (uint)simulated : 1u << 30;
        }
    }
}
