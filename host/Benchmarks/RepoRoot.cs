using System;
using System.IO;

namespace Viper.Nano.Benchmarks
{
    /// <summary>Finds the repository (the folder with Viper.Nano.sln) from the running binaries.</summary>
    public static class RepoRoot
    {
        private static string root;

        /// <summary>The repository root, or the current directory when none is found above.</summary>
        public static string Path
        {
            get
            {
                if (root != null) return root;
                foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
                {
                    var dir = new DirectoryInfo(start);
                    while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Viper.Nano.sln"))) dir = dir.Parent;
                    if (dir != null) return root = dir.FullName;
                }

                return root = Environment.CurrentDirectory;
            }
        }

        /// <summary>A path under the repository root.</summary>
        public static string Of(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
        public static string Which(string name)
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
            {
                if (dir.Length == 0) continue;
                string candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }

            return null;
        }
    }
}
