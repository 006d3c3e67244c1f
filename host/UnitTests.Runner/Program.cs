using System;
using System.IO;
using System.Reflection;

namespace Viper.Nano.TestRunner
{
    /// <summary>The command line: UnitTests.Runner [path/to/NFUnitTest.dll].</summary>
    public static class Program
    {
        /// <summary>Exit code when the arguments are wrong or the assembly cannot be loaded.</summary>
        public const int UsageError = 2;

        /// <summary>Runs the tests; see <see cref="Run"/>.</summary>
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>
        /// Loads the test assembly (by default the NFUnitTest.dll next to the runner), runs every
        /// test class, prints one line per result and the closing line. Returns 0 when every test
        /// passed or was skipped, 1 when one failed or none ran, 2 on a usage or load error.
        /// </summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Length > 1 || (args.Length == 1 && (args[0] == "-h" || args[0] == "--help")))
            {
                error.WriteLine("usage: UnitTests.Runner [path/to/NFUnitTest.dll]");
                return UsageError;
            }

            string path = Path.GetFullPath(args.Length == 1 ? args[0] : Path.Combine(AppContext.BaseDirectory, "NFUnitTest.dll"));
            if (!File.Exists(path))
            {
                error.WriteLine("UnitTests.Runner: no test assembly at " + path);
                return UsageError;
            }

            Assembly assembly;
            try
            {
                assembly = Assembly.LoadFrom(path);
            }
            catch (Exception ex) when (ex is BadImageFormatException || ex is FileLoadException)
            {
                error.WriteLine("UnitTests.Runner: cannot load " + path + ": " + ex.Message);
                return UsageError;
            }

            return NanoRun.Run(NanoTestDiscovery.Discover(assembly), output).ExitCode;
        }
    }
}
