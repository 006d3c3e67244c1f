using System;
using System.Text;
using nanoFramework.TestFramework;

namespace Viper.Nano.InterpreterBench
{
    /// <summary>
    /// The interpreter benchmark (issue 17): per-operation time and heap of Viper.Nano's hot
    /// paths on nanoCLR. host/tools/interpreter-bench compiles this folder together with the
    /// library's sources, optimised, and runs it; see docs/benchmarks.md. Each line it prints is
    /// "BENCH, name, microseconds per operation, bytes per operation, batch size".
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            try
            {
                OutputHelper.WriteLine("BENCH-START");
                Harness.Measure("probe-check-new-object", NewObject); // shows that the heap probe sees an allocation
                Http.Setup();
                Harness.Measure("http-head-parse", Http.ParseHead);
                Harness.Measure("route-match", Http.MatchRoute);
                Harness.Measure("http-get-fixed-bytes", Http.ServeGet, Http.GetsPerConnection);

                Frames.Setup();
                Harness.Measure("ws-decode-text-125", Frames.DecodeText125);
                Harness.Measure("ws-decode-text-1000", Frames.DecodeText1000);
                Harness.Measure("ws-decode-binary-16", Frames.DecodeBinary16);
                Harness.Measure("ws-decode-binary-125", Frames.DecodeBinary125);
                Harness.Measure("ws-unmask-125", Frames.Unmask125);
                Harness.Measure("ws-encode-bytes-125", Frames.EncodeBytes125);
                Harness.Measure("ws-encode-string-125", Frames.EncodeString125);

                Sockets.Setup();
                Harness.Measure("ws-receive-text-125", Sockets.Receive125);
                Harness.Measure("ws-send-text-125", Sockets.SendText125);
                Harness.Measure("ws-send-bytes-125", Sockets.SendBytes125);
                Harness.Measure("broadcast-1", Sockets.Broadcast1);
                Harness.Measure("broadcast-4", Sockets.Broadcast4);
                Harness.Measure("broadcast-8", Sockets.Broadcast8);
                Harness.Measure("sse-event-encode", Sockets.SseEvent);
            }
            catch (Exception e)
            {
                // An exception nothing catches ends the interpreter without a word: say what broke.
                OutputHelper.WriteLine("BENCH-FAILED " + e.GetType().FullName + ": " + e.Message);
                return;
            }

            OutputHelper.WriteLine("BENCH-END");
        }

        private static object _last;

        private static void NewObject(int count)
        {
            for (int i = 0; i < count; i++) _last = new object();
        }

        /// <summary>ASCII bytes of a string (the benchmark's inputs are ASCII).</summary>
        public static byte[] Ascii(string text)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        /// <summary><paramref name="count"/> printable ASCII characters.</summary>
        public static string Text(int count)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < count; i++) sb.Append((char)('a' + i % 26));
            return sb.ToString();
        }
    }
}
