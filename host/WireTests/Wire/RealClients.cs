using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Finds the real clients the wire tests drive (nobody here wrote them) and runs them.
    /// A missing tool skips its test with the reason, unless VIPER_REQUIRE_REAL_CLIENTS=1
    /// (CI sets it), where a missing tool fails the test instead.
    /// Use with [SkippableFact]/[SkippableTheory] (package Xunit.SkippableFact).
    /// </summary>
    public static class RealClients
    {
        public const string Python = "/usr/bin/python3";

        public static bool Required =>
            Environment.GetEnvironmentVariable("VIPER_REQUIRE_REAL_CLIENTS") == "1";

        /// <summary>Skips (or fails when required) unless <paramref name="available"/>.</summary>
        public static void Need(bool available, string what)
        {
            if (available) return;
            string reason = what + " is not installed here (see .ci/run for how CI installs it)";
            if (Required) throw new InvalidOperationException("VIPER_REQUIRE_REAL_CLIENTS=1 but " + reason);
            Skip.If(true, reason);
        }

        /// <summary>Debian's python3 with the websockets package (apt python3-websockets).</summary>
        public static void NeedPythonWebsockets() =>
            Need(File.Exists(Python) && Run(Python, "-c \"import websockets\"", 30000).ExitCode == 0,
                "Python websockets (/usr/bin/python3 + python3-websockets)");

        /// <summary>Debian's python3 with aiohttp (apt python3-aiohttp).</summary>
        public static void NeedPythonAiohttp() =>
            Need(File.Exists(Python) && Run(Python, "-c \"import aiohttp\"", 30000).ExitCode == 0,
                "Python aiohttp (/usr/bin/python3 + python3-aiohttp)");

        /// <summary>Node with ws installed by `npm ci` in host/clients.</summary>
        public static void NeedNodeWs() =>
            Need(Which("node") != null && Directory.Exists(RepoPaths.Of("host", "clients", "node_modules", "ws")),
                "Node ws (node + `npm ci` in host/clients)");

        public static void NeedCurl() => Need(Which("curl") != null, "curl");

        public static string Chromium => Which("chromium") ?? Which("chromium-browser") ?? Which("google-chrome");

        public static void NeedChromium() => Need(Chromium != null, "Chromium (apt chromium)");

        /// <summary>The folder holding node_modules for Node clients.</summary>
        public static string NodeClientsDir => RepoPaths.Of("host", "clients");

        public static string Which(string name)
        {
            string path = Environment.GetEnvironmentVariable("PATH") ?? "";
            foreach (string dir in path.Split(Path.PathSeparator))
            {
                if (dir.Length == 0) continue;
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
            return null;
        }

        public sealed class Result
        {
            public int ExitCode;
            public string Stdout;
            public string Stderr;
            public bool TimedOut;
            public override string ToString() =>
                "exit " + ExitCode + (TimedOut ? " (timed out)" : "") + "\nstdout:\n" + Stdout + "\nstderr:\n" + Stderr;
        }

        /// <summary>Runs a client program to completion (killed after <paramref name="timeoutMs"/>).</summary>
        public static Result Run(string file, string arguments, int timeoutMs, string workingDirectory = null, string stdin = null)
        {
            var psi = new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = stdin != null,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            };
            using var p = Process.Start(psi);
            Task<string> stdout = p.StandardOutput.ReadToEndAsync();
            Task<string> stderr = p.StandardError.ReadToEndAsync();
            if (stdin != null) { p.StandardInput.Write(stdin); p.StandardInput.Close(); }
            bool exited = p.WaitForExit(timeoutMs);
            if (!exited) { try { p.Kill(true); } catch (InvalidOperationException) { } p.WaitForExit(); }
            return new Result
            {
                ExitCode = exited ? p.ExitCode : -1,
                TimedOut = !exited,
                Stdout = stdout.Result,
                Stderr = stderr.Result,
            };
        }

        /// <summary>Runs a Python script given as text with Debian's python3.</summary>
        public static Result RunPython(string script, string args, int timeoutMs)
        {
            string file = Path.Combine(Path.GetTempPath(), "viper-" + Guid.NewGuid().ToString("N") + ".py");
            File.WriteAllText(file, script);
            try { return Run(Python, "\"" + file + "\" " + args, timeoutMs); }
            finally { File.Delete(file); }
        }

        /// <summary>Runs a Node script given as text, resolving modules from host/clients.</summary>
        public static Result RunNode(string script, string args, int timeoutMs)
        {
            string file = Path.Combine(NodeClientsDir, ".viper-" + Guid.NewGuid().ToString("N") + ".js");
            File.WriteAllText(file, script);
            try { return Run("node", "\"" + file + "\" " + args, timeoutMs, NodeClientsDir); }
            finally { File.Delete(file); }
        }
    }
}
