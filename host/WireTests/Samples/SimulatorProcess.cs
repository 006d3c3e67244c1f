using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Viper.Nano.WireTests.Samples
{
    /// <summary>The built simulator (host/Simulator) run as a process, as `dotnet run --project host/Simulator` does.</summary>
    public sealed class SimulatorProcess : IDisposable
    {
        private readonly Process _process;

        private SimulatorProcess(Process process, int port)
        {
            _process = process;
            Port = port;
        }

        /// <summary>The port the simulator said it listens on.</summary>
        public int Port { get; }

        /// <summary>host/Simulator/bin/{configuration}/net10.0/Viper.Nano.Simulator.dll, built with the tests.</summary>
        public static string Dll
        {
            get
            {
                var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
                string configuration = framework.Parent.Name;
                return RepoPaths.Of("host", "Simulator", "bin", configuration, framework.Name, "Viper.Nano.Simulator.dll");
            }
        }

        private static ProcessStartInfo StartInfo(string arguments) =>
            new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", "\"" + Dll + "\" " + arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };

        /// <summary>Runs the simulator to its end (for --help and refusals): exit code, stdout, stderr.</summary>
        public static (int ExitCode, string Stdout, string Stderr) Run(string arguments, int timeoutMs = 30000)
        {
            using Process p = Process.Start(StartInfo(arguments));
            Task<string> stdout = p.StandardOutput.ReadToEndAsync();
            Task<string> stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(timeoutMs))
            {
                p.Kill(true);
                p.WaitForExit();
                return (-1, stdout.Result, stderr.Result + "\n(killed after " + timeoutMs + " ms)");
            }

            return (p.ExitCode, stdout.Result, stderr.Result);
        }

        /// <summary>Starts a simulator that serves until disposed; returns once it says where it listens.</summary>
        public static SimulatorProcess Start(string arguments)
        {
            Process p = Process.Start(StartInfo(arguments));
            Task<string> line = p.StandardOutput.ReadLineAsync();
            if (!line.Wait(30000) || line.Result == null)
            {
                p.Kill(true);
                throw new InvalidOperationException("the simulator did not start: " + p.StandardError.ReadToEnd());
            }

            Match m = Regex.Match(line.Result, @"listening on \w+://localhost:(\d+)/");
            if (!m.Success)
            {
                p.Kill(true);
                throw new InvalidOperationException("unexpected first line: " + line.Result);
            }

            return new SimulatorProcess(p, int.Parse(m.Groups[1].Value));
        }

        public void Dispose()
        {
            try { _process.Kill(true); } catch (InvalidOperationException) { }
            _process.WaitForExit(10000);
            _process.Dispose();
        }
    }
}
