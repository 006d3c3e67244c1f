using System;
using System.Threading;
using Viper.Nano.Samples.SensorBroadcast;
using Viper.Nano.Samples.SensorBroadcast.Pc;
using Viper.Nano.Samples.WebSocketGuide;
using Viper.Nano.Server;

namespace Viper.Nano.Simulator
{
    /// <summary>Hosts one sample on the PC until Ctrl+C.</summary>
    public static class Program
    {
        public const string SensorBroadcastName = "sensor-broadcast";
        public const string WebSocketGuideName = "websocket-guide";

        public static int Main(string[] args)
        {
            string sample = SensorBroadcastName;
            int port = 8080;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--sample" when i + 1 < args.Length: sample = args[++i]; break;
                    case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], out int p) && p >= 0 && p <= 65535: port = p; i++; break;
                    case "-h":
                    case "--help":
                        Usage(Console.Out);
                        return 0;
                    default:
                        Console.Error.WriteLine("Unknown or incomplete argument: " + args[i]);
                        Usage(Console.Error);
                        return 2;
                }
            }

            var options = new ServerOptions { Port = port };
            ViperServer server;
            Action stop;
            if (sample == SensorBroadcastName)
            {
                EmbeddedPage.Install();
                server = SensorRoutes.Start(options, new SensorBroadcastOptions(), new SimulatedSensor(Environment.TickCount), PageSource.Index);
                stop = SensorRoutes.Stop;
            }
            else if (sample == WebSocketGuideName)
            {
                // As the guide's firmware: its handlers block in Receive(), a worker each.
                options.MaxConnections = 5;
                options.WorkerThreads = 4;
                server = GuideRoutes.Start(options);
                stop = GuideRoutes.Stop;
            }
            else
            {
                Console.Error.WriteLine("Unknown sample: " + sample);
                Usage(Console.Error);
                return 2;
            }

            using var done = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.Set(); };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => done.Set();
            string page = sample == WebSocketGuideName ? "docs" : "";
            Console.WriteLine("Viper.Nano simulator: " + sample + " listening on http://localhost:" + server.Port + "/" + page);
            Console.WriteLine("Press Ctrl+C to stop.");
            done.Wait();
            stop();
            Console.WriteLine("Stopped.");
            return 0;
        }

        private static void Usage(System.IO.TextWriter w)
        {
            w.WriteLine("usage: dotnet run --project host/Simulator -- [--sample sensor-broadcast|websocket-guide] [--port N]");
            w.WriteLine("  defaults: --sample sensor-broadcast --port 8080 (port 0 picks a free port)");
        }
    }
}
