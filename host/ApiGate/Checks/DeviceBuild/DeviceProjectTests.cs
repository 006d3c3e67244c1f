using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace Viper.Nano.ApiGate.DeviceBuild
{
    /// <summary>
    /// Keeps the device build true. Visual Studio's nanoFramework project system compiles only the
    /// files an .nfproj lists and resolves references only through HintPaths into the packages
    /// folder, and none of that can run here: these checks are what stands between a forgotten
    /// Compile item or a mistyped package version and a user's broken build.
    /// </summary>
    public class DeviceProjectTests
    {
        private const string NanoProjectType = "{11A8DD76-328B-46DF-9F39-F559912D0360}";
        private const string CSharpProjectType = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
        private static readonly XNamespace Ms = "http://schemas.microsoft.com/developer/msbuild/2003";

        public static IEnumerable<object[]> NanoProjects() =>
            Directory.EnumerateFiles(RepoPaths.Root, "*.nfproj", SearchOption.AllDirectories)
                .Where(p => !IsBuildOutput(p) && !p.Contains(Path.DirectorySeparatorChar + "host" + Path.DirectorySeparatorChar))
                .Select(p => new object[] { Path.GetRelativePath(RepoPaths.Root, p) })
                .OrderBy(a => (string)a[0]);

        private static bool IsBuildOutput(string path)
        {
            var sep = Path.DirectorySeparatorChar;
            return path.Contains(sep + "obj" + sep) || path.Contains(sep + "bin" + sep) || path.Contains(sep + "packages" + sep);
        }

        [Fact]
        public void TheLibraryAndTestProjectsExist()
        {
            var projects = NanoProjects().Select(a => (string)a[0]).ToArray();
            Assert.Contains(Path.Combine("Viper.Nano", "Viper.Nano.nfproj"), projects);
            Assert.Contains(Path.Combine("Viper.Nano.Tests", "Viper.Nano.Tests.nfproj"), projects);
        }

        [Theory]
        [MemberData(nameof(NanoProjects))]
        public void EveryCsFileIsACompileItemAndEveryCompileItemExists(string project)
        {
            var path = RepoPaths.Of(project);
            var dir = Path.GetDirectoryName(path);
            var listed = Load(path).Descendants(Ms + "Compile")
                .Select(e => Normalize((string)e.Attribute("Include")))
                .ToList();
            Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());

            var onDisk = Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(f))
                .Select(f => Normalize(Path.GetRelativePath(dir, f)))
                .ToList();

            var missing = onDisk.Except(listed, StringComparer.Ordinal).OrderBy(s => s).ToList();
            var stale = listed.Except(onDisk, StringComparer.Ordinal).OrderBy(s => s).ToList();
            Assert.True(missing.Count == 0, project + " lacks Compile items for: " + string.Join(", ", missing));
            Assert.True(stale.Count == 0, project + " lists files that do not exist: " + string.Join(", ", stale));
        }

        [Theory]
        [MemberData(nameof(NanoProjects))]
        public void EveryHintPathNamesAPackageAndVersionOfPackagesConfig(string project)
        {
            var path = RepoPaths.Of(project);
            var packages = PackagesConfig(Path.Combine(Path.GetDirectoryName(path), "packages.config"));
            var hints = Load(path).Descendants(Ms + "HintPath").Select(e => e.Value.Trim()).ToList();
            Assert.NotEmpty(hints);
            foreach (var hint in hints)
            {
                var m = Regex.Match(hint, @"^(\.\.\\)+packages\\(?<pkg>[^\\]+)\\lib\\[^\\]+\.(dll|exe)$");
                Assert.True(m.Success, project + ": HintPath not of the form ..\\packages\\<id>.<version>\\lib\\<file>: " + hint);
                var folder = m.Groups["pkg"].Value;
                Assert.True(packages.Any(p => p.Key + "." + p.Value == folder),
                    project + ": HintPath " + hint + " names a package folder that packages.config does not restore");
                var depth = Regex.Matches(hint, @"\.\.\\").Count;
                var packagesDir = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path), string.Concat(Enumerable.Repeat("../", depth)), "packages"));
                Assert.Equal(RepoPaths.Of("packages"), packagesDir);
            }
        }

        [Theory]
        [MemberData(nameof(NanoProjects))]
        public void ProjectFollowsTheNanoFrameworkConventions(string project)
        {
            var doc = Load(RepoPaths.Of(project));
            string Prop(string name) => doc.Descendants(Ms + name).Select(e => e.Value).FirstOrDefault();

            Assert.Equal(NanoProjectType + ";" + CSharpProjectType, Prop("ProjectTypeGuids"));
            Assert.Equal("v1.0", Prop("TargetFrameworkVersion"));
            Assert.Equal("9.0", Prop("LangVersion"));
            Assert.Null(doc.Root.Attribute("Sdk"));
            var imports = doc.Root.Elements(Ms + "Import").Select(e => (string)e.Attribute("Project")).ToList();
            foreach (var file in new[] { "NFProjectSystem.Default.props", "NFProjectSystem.props", "NFProjectSystem.CSharp.targets" })
            {
                var import = doc.Root.Elements(Ms + "Import").SingleOrDefault(e => ((string)e.Attribute("Project")).EndsWith(file));
                Assert.True(import != null, project + " does not import " + file);
                Assert.StartsWith("Exists(", (string)import.Attribute("Condition"));
            }
            Assert.Contains(@"$(MSBuildExtensionsPath)\nanoFramework\v1.0\", Prop("NanoFrameworkProjectSystemPath"));
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(RepoPaths.Of(project)), "packages.config")));
            var outputType = Prop("OutputType");
            Assert.True(outputType == "Library" || outputType == "Exe", project + ": OutputType " + outputType);
        }

        [Fact]
        public void TheTestProjectIsWhatTheNanoFrameworkTestAdapterLooksFor()
        {
            var dir = RepoPaths.Of("Viper.Nano.Tests");
            var doc = Load(Path.Combine(dir, "Viper.Nano.Tests.nfproj"));
            string Prop(string name) => doc.Descendants(Ms + name).Select(e => e.Value).FirstOrDefault();
            Assert.Equal("NFUnitTest", Prop("AssemblyName"));
            Assert.Equal("true", Prop("IsTestProject"));
            Assert.Equal("UnitTest", Prop("TestProjectType"));
            Assert.Equal(@"$(MSBuildProjectDirectory)\nano.runsettings", Prop("RunSettingsFilePath"));
            Assert.Contains(doc.Descendants(Ms + "ProjectCapability"), e => (string)e.Attribute("Include") == "TestContainer");
            Assert.Contains(doc.Descendants(Ms + "ProjectReference"), e => (string)e.Attribute("Include") == @"..\Viper.Nano\Viper.Nano.nfproj");
            Assert.Contains(PackagesConfig(Path.Combine(dir, "packages.config")), p => p.Key == "nanoFramework.TestFramework");

            var settings = XDocument.Load(Path.Combine(dir, "nano.runsettings"));
            Assert.Equal("False", settings.Descendants("nanoFrameworkAdapter").Elements("IsRealHardware").Single().Value);
        }

        [Fact]
        public void OnePackageHasOneVersionAcrossTheSolution()
        {
            var all = Directory.EnumerateFiles(RepoPaths.Root, "packages.config", SearchOption.AllDirectories)
                .Where(p => !IsBuildOutput(p))
                .SelectMany(PackagesConfig)
                .GroupBy(p => p.Key)
                .Where(g => g.Select(p => p.Value).Distinct().Count() > 1)
                .Select(g => g.Key + ": " + string.Join(", ", g.Select(p => p.Value).Distinct()))
                .ToList();
            Assert.True(all.Count == 0, "firmware and packages must match; mixed versions: " + string.Join("; ", all));
        }

        [Fact]
        public void TheSolutionListsEveryNanoProjectWithTheNanoFrameworkProjectType()
        {
            var sln = File.ReadAllText(RepoPaths.Of("Viper.Nano.sln"));
            var entries = Regex.Matches(sln, "Project\\(\"(?<type>[^\"]+)\"\\) = \"[^\"]+\", \"(?<path>[^\"]+)\"")
                .Select(m => (Type: m.Groups["type"].Value, Path: m.Groups["path"].Value.Replace('\\', Path.DirectorySeparatorChar)))
                .ToList();
            foreach (var project in NanoProjects().Select(a => (string)a[0]))
            {
                var entry = entries.SingleOrDefault(e => e.Path == project);
                Assert.True(entry.Path != null, "Viper.Nano.sln does not list " + project);
                Assert.Equal(NanoProjectType, entry.Type);
            }
            foreach (var entry in entries)
                Assert.True(File.Exists(RepoPaths.Of(entry.Path)), "Viper.Nano.sln lists a missing project " + entry.Path);
        }

        private static XDocument Load(string path) => XDocument.Load(path);

        private static string Normalize(string relative) => relative.Replace('\\', '/');

        private static List<KeyValuePair<string, string>> PackagesConfig(string path) =>
            XDocument.Load(path).Root.Elements("package")
                .Select(e => new KeyValuePair<string, string>((string)e.Attribute("id"), (string)e.Attribute("version")))
                .ToList();
    }
}
