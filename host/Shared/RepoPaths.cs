using System;
using System.IO;

namespace Viper.Nano
{
    /// <summary>Finds the repository's folders from wherever the test binaries run (linked into each host test project).</summary>
    internal static class RepoPaths
    {
        private static string root;

        public static string Root
        {
            get
            {
                if (root != null) return root;
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Viper.Nano.sln")))
                    dir = dir.Parent;
                root = dir?.FullName ?? throw new InvalidOperationException("Viper.Nano.sln not found above " + AppContext.BaseDirectory);
                return root;
            }
        }

        public static string Of(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
    }
}
