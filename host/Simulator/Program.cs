using System;
using System.Reflection;
using System.Threading;
using Viper.Nano.Samples.SensorBroadcast;
using Viper.Nano.Samples.SensorBroadcast.Pc;
using Viper.Nano.Samples.WebSocketGuide;
using Viper.Nano.Server;

namespace Viper.Nano.Simulator
{
    /// <summary>Hosts one sample on the PC until Ctrl+C; every ServerOptions field can be set from the command line.</summary>
    public static class Program
    {
        public const string SensorBroadcastName = "sensor-broadcast";
        public const string WebSocketGuideName = "websocket-guide";
        public const string EchoName = "echo";

        public static int Main(string[] args)
        {
            string sample = SensorBroadcastName;
            var options = new ServerOptions { Port = 8080 };
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                if (arg == "-h" || arg == "--help")
                {
                    Usage(Console.Out);
                    return 0;
                }

                if (i + 1 >= args.Length) return Fail("missing value after " + arg);
                if (arg == "--sample")
                {
                    sample = args[++i];
                    continue;
                }

                FieldInfo field = OptionFlags.Find(arg);
                if (field == null) return Fail("unknown argument: " + arg);
                if (!OptionFlags.TrySet(options, field, args[++i], out string expected))
                {
                    return Fail(arg + " (" + field.Name + ") takes " + expected + ", not '" + args[i] + "'");
                }
            }

            if (options.Port < 0 || options.Port > 65535) return Fail("--port must be 0-65535 (0 picks a free port)");
            ViperServer server;
            Action stop;
            try
            {
                switch (sample)
                {
                    case SensorBroadcastName:
                        EmbeddedPage.Install();
                        server = SensorRoutes.Start(options, new SensorBroadcastOptions(), new SimulatedSensor(Environment.TickCount), PageSource.Index);
                        stop = SensorRoutes.Stop;
                        break;
                    case WebSocketGuideName:
                        // As the guide's firmware: its handlers block in Receive(), a worker each.
                        if (options.WorkerThreads < 4) options.WorkerThreads = 4;
                        server = GuideRoutes.Start(options);
                        stop = GuideRoutes.Stop;
                        break;
                    case EchoName:
                        server = new ViperServer(options);
                        server.AddRoutes(typeof(EchoRoutes));
                        server.Start();
                        stop = server.Stop;
                        break;
                    default:
                        return Fail("unknown sample: " + sample);
                }
            }
            catch (Exception e) when (e is InvalidOperationException || e is ArgumentException)
            {
                // A taken port, or options the server refuses: say which, without a stack trace.
                Console.Error.WriteLine("simulator: " + e.Message);
                return 1;
            }

            using var done = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.Set(); };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => done.Set();
            string scheme = sample == EchoName ? "ws" : "http";
            string page = sample == WebSocketGuideName ? "docs" : "";
            Console.WriteLine("Viper.Nano simulator: " + sample + " listening on " + scheme + "://localhost:" + server.Port + "/" + page);
            Console.WriteLine("Press Ctrl+C to stop.");
            done.Wait();
            stop();
            Console.WriteLine("Stopped.");
            return 0;
        }

        private static int Fail(string message)
        {
            Console.Error.WriteLine("simulator: " + message);
            Usage(Console.Error);
            return 2;
        }

        private static void Usage(System.IO.TextWriter w)
        {
            w.WriteLine("usage: dotnet run --project host/Simulator -- [--sample NAME] [--port N] [--OPTION VALUE ...]");
            w.WriteLine("  --sample sensor-broadcast   the SensorBroadcast firmware's page, WebSocket and SSE (default)");
            w.WriteLine("  --sample websocket-guide    every route of the WebSocket guide; docs at /docs");
            w.WriteLine("  --sample echo               a plain echo WebSocket at / (text as text, bytes as bytes)");
            w.WriteLine("server options (Viper.Nano/Server/ServerOptions.cs), with the ESP32-WROOM defaults:");
            OptionFlags.WriteHelp(w);
        }
    }
}
