using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>
    /// Kestrel in a child process: this same executable with <c>--serve-kestrel 0</c>.
    /// The child runs with the server GC, which is what an ASP.NET Core app gets by default
    /// (the Web SDK sets ServerGarbageCollection); the harness itself uses the workstation GC.
    /// </summary>
    public sealed class KestrelPeer : ChildProcessPeer
    {
        /// <summary>The argument that turns this executable into the Kestrel peer.</summary>
        public const string ServeOption = "--serve-kestrel";

        public KestrelPeer()
            : base("kestrel", SelfLaunch.FileName, SelfLaunch.Arguments(ServeOption, "0"),
                new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" }, answersStats: true)
        {
        }
    }

    /// <summary>How to start this executable again as a child (apphost, or dotnet + dll).</summary>
    public static class SelfLaunch
    {
        /// <summary>The program to start.</summary>
        public static string FileName => IsDotnetHost ? Environment.ProcessPath : Environment.ProcessPath ?? "dotnet";

        /// <summary>The arguments for <paramref name="args"/>, with the dll first under dotnet.</summary>
        public static IReadOnlyList<string> Arguments(params string[] args)
        {
            var list = new List<string>();
            if (IsDotnetHost) list.Add(Assembly.GetEntryAssembly()!.Location);
            list.AddRange(args);
            return list;
        }

        private static bool IsDotnetHost =>
            string.Equals(Path.GetFileNameWithoutExtension(Environment.ProcessPath), "dotnet", StringComparison.OrdinalIgnoreCase);
    }
}
