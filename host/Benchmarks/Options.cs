using System;
using System.Collections.Generic;

namespace Viper.Nano.Benchmarks
{
    /// <summary>The command line of the harness; see <see cref="Usage"/>.</summary>
    public sealed class Options
    {
        /// <summary>Every test name that --only accepts, in the order they run.</summary>
        public static readonly string[] AllTests = { "micro", "ws-echo", "broadcast", "http-get", "memory" };

        /// <summary>Every peer name that --peers accepts.</summary>
        public static readonly string[] AllPeers = { "viper", "kestrel", "node-ws" };

        public bool Quick;
        public string JsonPath;
        public string SvgPath;
        public HashSet<string> Only = new HashSet<string>(AllTests);
        public HashSet<string> Peers = new HashSet<string>(AllPeers);

        /// <summary>Measured seconds per load test (warm-up comes before, not counted).</summary>
        public double DurationSeconds;
        public double WarmupSeconds;

        /// <summary>Idle WebSocket connections opened by the memory probe.</summary>
        public int IdleConnections;

        /// <summary>Multiplies Viper.Nano's buffers and broadcast bounds in the load tests (1 = the library's ESP32 defaults).</summary>
        public int ViperScale = 1;

        /// <summary>Viper.Nano's /ws/room writes each message to each member at once (BroadcastText) instead of queueing and flushing.</summary>
        public bool ViperImmediateRelay;

        public const string Usage =
@"Viper.Nano benchmarks (issue 9)
  dotnet run -c Release --project host/Benchmarks -- [options]
    --quick            reduced set (2 s per load test, alloc meter instead of BenchmarkDotNet)
    --json PATH        write the summary JSON (allocatedBytesPerOp, throughputRatio, bytesPerConnection)
    --svg PATH         write a bar chart of the load figures (docs/benchmarks.svg)
    --only A[,B]       run a subset of: micro, ws-echo, broadcast, http-get, memory
    --peers A[,B]      drive a subset of: viper, kestrel, node-ws
    --duration S       measured seconds per load test (default 10, quick 2)
    --warmup S         warm-up seconds per load test (default 3, quick 1)
    --connections N    idle connections for the memory probe (default 1000, quick 200)
    --viper-scale K    load tests only: Viper.Nano's slot buffers, broadcast batch, frame pool and
                       member queue K times their ESP32 defaults (default 1)
    --viper-relay M    Viper.Nano's /ws/room relay: queue (QueueText + flush before Receive waits,
                       the default) or broadcast (BroadcastText: one send per member per message)
  internal: --serve-kestrel PORT, --serve-viper PORT   run a peer in this process (the harness starts it)";

        /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a reason.</summary>
        public static Options Parse(string[] args)
        {
            var o = new Options();
            double duration = -1, warmup = -1;
            int connections = -1;
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                switch (a)
                {
                    case "--quick": o.Quick = true; break;
                    case "--json": o.JsonPath = Value(args, ref i); break;
                    case "--svg": o.SvgPath = Value(args, ref i); break;
                    case "--only": o.Only = Names(Value(args, ref i), AllTests, "test"); break;
                    case "--peers": o.Peers = Names(Value(args, ref i), AllPeers, "peer"); break;
                    case "--duration": duration = double.Parse(Value(args, ref i), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "--warmup": warmup = double.Parse(Value(args, ref i), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "--connections": connections = int.Parse(Value(args, ref i)); break;
                    case "--viper-scale": o.ViperScale = Math.Max(1, int.Parse(Value(args, ref i))); break;
                    case "--viper-relay": o.ViperImmediateRelay = Relay(Value(args, ref i)); break;
                    default: throw new ArgumentException("unknown option " + a);
                }
            }

            o.DurationSeconds = duration > 0 ? duration : (o.Quick ? 2 : 10);
            o.WarmupSeconds = warmup >= 0 ? warmup : (o.Quick ? 1 : 3);
            o.IdleConnections = connections > 0 ? connections : (o.Quick ? 200 : 1000);
            return o;
        }

        private static bool Relay(string mode) => mode == "broadcast" ? true : mode == "queue" ? false : throw new ArgumentException("--viper-relay takes queue or broadcast");

        /// <summary>True when test <paramref name="name"/> is selected.</summary>
        public bool Runs(string name) => Only.Contains(name);

        private static string Value(string[] args, ref int i)
        {
            if (i + 1 >= args.Length) throw new ArgumentException(args[i] + " needs a value");
            return args[++i];
        }

        private static HashSet<string> Names(string list, string[] allowed, string what)
        {
            var set = new HashSet<string>();
            foreach (string raw in list.Split(','))
            {
                string name = raw.Trim();
                if (name.Length == 0) continue;
                if (Array.IndexOf(allowed, name) < 0)
                    throw new ArgumentException("unknown " + what + " '" + name + "' (known: " + string.Join(", ", allowed) + ")");
                set.Add(name);
            }
            return set;
        }
    }
}
