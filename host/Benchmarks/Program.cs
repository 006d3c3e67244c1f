using System;
using System.Threading.Tasks;
using Viper.Nano.Benchmarks.Memory;
using Viper.Nano.Benchmarks.Peers;

namespace Viper.Nano.Benchmarks
{
    /// <summary>Entry point: the harness, or one peer server when started as a child.</summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            if (args.Length == 2 && args[0] == KestrelPeer.ServeOption)
                return await ServeMode.RunAsync("kestrel", KestrelApp.StartAsync, int.Parse(args[1]));
            if (args.Length == 2 && args[0] == ViperPeer.ServeOption)
                return await ServeMode.RunAsync("viper", ViperApp.StartAsync, int.Parse(args[1]));
            if (args.Length == 2 && args[0] == ViperMemory.ServeOption)
                return await ViperMemory.ServeAsync(int.Parse(args[1]));
            if (Array.IndexOf(args, "--help") >= 0 || Array.IndexOf(args, "-h") >= 0)
            {
                Console.WriteLine(Options.Usage);
                return 0;
            }

            Options options;
            try
            {
                options = Options.Parse(args);
            }
            catch (Exception e) when (e is ArgumentException || e is FormatException)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(Options.Usage);
                return 2;
            }

            return Harness.Run(options);
        }
    }
}
