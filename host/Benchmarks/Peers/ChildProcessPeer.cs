using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>
    /// A peer in a child process that speaks the <see cref="ServeMode"/> stdio protocol: it
    /// prints <c>LISTENING port</c>, answers <c>stats</c> when it can, and stops on <c>quit</c>
    /// or when its stdin closes. A child has its own GC and JIT, so the driver's allocations and
    /// collections do not land on the server being measured.
    /// </summary>
    public class ChildProcessPeer : IPeer
    {
        private const int StartTimeoutMs = 60000;
        private readonly string fileName;
        private readonly IReadOnlyList<string> arguments;
        private readonly IDictionary<string, string> environment;
        private readonly bool answersStats;
        private readonly BlockingCollection<string> lines = new BlockingCollection<string>();
        private readonly StringBuilder stderr = new StringBuilder();
        private Process process;

        /// <summary>A peer run as <paramref name="fileName"/> with <paramref name="arguments"/>.</summary>
        public ChildProcessPeer(string name, string fileName, IReadOnlyList<string> arguments, IDictionary<string, string> environment, bool answersStats)
        {
            Name = name;
            this.fileName = fileName;
            this.arguments = arguments;
            this.environment = environment;
            this.answersStats = answersStats;
        }

        public string Name { get; }

        public virtual string SkipReason => null;

        public int Port { get; private set; }

        /// <summary>The rest of the LISTENING line (the child's name and GC mode).</summary>
        public string Banner { get; private set; }

        public void Start()
        {
            var psi = new ProcessStartInfo(fileName)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepoRoot.Path,
            };
            foreach (string a in arguments) psi.ArgumentList.Add(a);
            if (environment != null) foreach (var kv in environment) psi.Environment[kv.Key] = kv.Value;

            process = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + fileName);
            process.OutputDataReceived += (_, e) => { if (e.Data != null) lines.Add(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (stderr) stderr.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            string listening = WaitFor("LISTENING ", StartTimeoutMs);
            string[] parts = listening.Split(' ', 3);
            Port = int.Parse(parts[1]);
            Banner = parts.Length > 2 ? parts[2] : "";
        }

        public long? AllocatedBytes()
        {
            if (!answersStats || process == null || process.HasExited) return null;
            process.StandardInput.WriteLine("stats");
            process.StandardInput.Flush();
            return long.Parse(WaitFor("STATS ", 10000).Substring("STATS ".Length));
        }

        /// <summary>Managed bytes the child holds now, after a full collection (GC.GetTotalMemory(true)).</summary>
        public long HeldBytes()
        {
            process.StandardInput.WriteLine("memory");
            process.StandardInput.Flush();
            return long.Parse(WaitFor("MEMORY ", 60000).Substring("MEMORY ".Length));
        }

        public void Dispose()
        {
            if (process == null) return;
            try
            {
                if (!process.HasExited)
                {
                    process.StandardInput.WriteLine("quit");
                    process.StandardInput.Close();
                    if (!process.WaitForExit(5000)) process.Kill(true);
                }
            }
            catch (Exception e) when (e is InvalidOperationException || e is System.IO.IOException)
            {
                // It exited between the check and the write.
            }

            process.Dispose();
            process = null;
        }

        private string WaitFor(string prefix, int timeoutMs)
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.ElapsedMilliseconds < timeoutMs)
            {
                if (lines.TryTake(out string line, 200))
                {
                    if (line.StartsWith(prefix, StringComparison.Ordinal)) return line;
                    continue;
                }

                if (process.HasExited) break;
            }

            string err;
            lock (stderr) err = stderr.ToString();
            throw new InvalidOperationException(Name + " did not print '" + prefix.Trim() + "' in time" +
                (process.HasExited ? " (exited with " + process.ExitCode + ")" : "") + "; its stderr:\n" + err);
        }
    }
}
