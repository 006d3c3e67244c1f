using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NuGet.Frameworks;
using NuGet.Packaging;
using Xunit;

namespace Viper.Nano.ApiGate.DeviceBuild
{
    /// <summary>
    /// Keeps Viper.Nano.nuspec true to the library it packs. The package can only be built on
    /// Windows after a Visual Studio build, so nothing else would notice a dependency version that
    /// drifted from packages.config (users would then restore a mix that the firmware rejects), a
    /// lib file the nanoFramework build does not write (`nuget pack` fails), or an id, version or
    /// license that no longer matches the project.
    /// </summary>
    public class NuspecTests
    {
        private static readonly XNamespace Nu = "http://schemas.microsoft.com/packaging/2012/06/nuspec.xsd";
        private static readonly XNamespace Ms = "http://schemas.microsoft.com/developer/msbuild/2003";

        // What a nanoFramework class library build leaves in bin\<Configuration>: the IL assembly and
        // its symbols, the .pe and .pdbx the metadata processor makes for the device, and the XML
        // docs. nanoFramework's own library packages put exactly these five under lib\.
        private static readonly string[] LibExtensions = { ".dll", ".pdb", ".pdbx", ".pe", ".xml" };

        private static string NuspecPath => RepoPaths.Of("Viper.Nano.nuspec");

        private static XElement Metadata => XDocument.Load(NuspecPath).Root.Element(Nu + "metadata");

        private static string Meta(string name) => (string)Metadata.Element(Nu + name);

        private static string AssemblyName =>
            XDocument.Load(RepoPaths.Of("Viper.Nano", "Viper.Nano.nfproj")).Descendants(Ms + "AssemblyName").Single().Value;

        [Fact]
        public void IdAndVersionAreTheLibrarysAssembly()
        {
            Assert.Equal("Viper.Nano", Meta("id"));
            Assert.Equal(AssemblyName, Meta("id"));
            Assert.Equal("0.1.0", Meta("version"));

            var assemblyInfo = File.ReadAllText(RepoPaths.Of("Viper.Nano", "Properties", "AssemblyInfo.cs"));
            var m = Regex.Match(assemblyInfo, "AssemblyVersion\\(\"(?<v>[0-9.]+)\"\\)");
            Assert.True(m.Success, "Viper.Nano/Properties/AssemblyInfo.cs declares no AssemblyVersion");
            Assert.StartsWith(Meta("version") + ".", m.Groups["v"].Value + ".");
        }

        [Fact]
        public void DependenciesAreExactlyTheLibrarysPackagesConfig()
        {
            var dependencies = Metadata.Element(Nu + "dependencies");
            Assert.NotNull(dependencies);
            // nanoFramework libraries list their dependencies flat: there is one target framework.
            Assert.Empty(dependencies.Elements(Nu + "group"));

            var listed = dependencies.Elements(Nu + "dependency")
                .Select(d => (Id: (string)d.Attribute("id"), Version: (string)d.Attribute("version")))
                .ToList();
            Assert.Equal(listed.Count, listed.Select(d => d.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());

            // Build-time tools (developmentDependency="true", like Nerdbank.GitVersioning in
            // nanoFramework's own libraries) are never package dependencies; everything else is,
            // nanoFramework.CoreLibrary included, at the very version the library was built with.
            var expected = XDocument.Load(RepoPaths.Of("Viper.Nano", "packages.config")).Root.Elements("package")
                .Where(p => (string)p.Attribute("developmentDependency") != "true")
                .Select(p => (Id: (string)p.Attribute("id"), Version: (string)p.Attribute("version")))
                .ToList();
            Assert.Contains(expected, p => p.Id == "nanoFramework.CoreLibrary");

            Assert.Equal(
                expected.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id + " " + p.Version),
                listed.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id + " " + p.Version));
        }

        [Fact]
        public void LibFilesAreWhatTheNanoFrameworkReleaseBuildWrites()
        {
            var files = XDocument.Load(NuspecPath).Root.Element(Nu + "files").Elements(Nu + "file")
                .Select(f => (Src: (string)f.Attribute("src"), Target: (string)f.Attribute("target")))
                .ToList();
            var lib = files.Where(f => f.Target.StartsWith(@"lib\", StringComparison.Ordinal)).ToList();

            var expected = LibExtensions.Select(ext => AssemblyName + ext).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(expected, lib.Select(f => f.Target.Substring(4)).OrderBy(n => n, StringComparer.Ordinal));
            foreach (var f in lib)
                Assert.Equal(@"Viper.Nano\bin\Release\" + f.Target.Substring(4), f.Src);

            // The .xml exists only because the project asks for documentation in bin\<Configuration>.
            var project = XDocument.Load(RepoPaths.Of("Viper.Nano", "Viper.Nano.nfproj"));
            Assert.Equal("Library", project.Descendants(Ms + "OutputType").Single().Value);
            Assert.Equal(@"bin\$(Configuration)\" + AssemblyName + ".xml", project.Descendants(Ms + "DocumentationFile").Single().Value);

            // Everything outside lib\ is a file of the repository.
            foreach (var f in files.Except(lib))
                Assert.True(File.Exists(RepoPaths.Of(f.Src.Split('\\'))), "the nuspec packs a missing file " + f.Src);
        }

        [Fact]
        public void LicenseIsMitAndTheRepositoryHasTheText()
        {
            var license = Metadata.Element(Nu + "license");
            Assert.Equal("expression", (string)license.Attribute("type"));
            Assert.Equal("MIT", license.Value);
            var text = File.ReadAllText(RepoPaths.Of("LICENSE"));
            Assert.StartsWith("MIT License", text);
            Assert.Contains("Viper.Nano contributors", text);
        }

        [Fact]
        public void TagsNameNanoFramework()
        {
            Assert.Contains("nanoFramework", Meta("tags").Split(' '));
            Assert.False(string.IsNullOrWhiteSpace(Meta("description")));
        }

        [Fact]
        public void NuGetPacksItIntoALibraryPackage()
        {
            // NuGet's own PackageBuilder (what `nuget pack` runs) over a copy of the repository's
            // packed files, with stand-ins for the build outputs that only Visual Studio can make.
            var root = Path.Combine(Path.GetTempPath(), "viper-nuspec-" + Guid.NewGuid().ToString("N"));
            try
            {
                var bin = Path.Combine(root, "Viper.Nano", "bin", "Release");
                Directory.CreateDirectory(bin);
                foreach (var ext in LibExtensions)
                    File.WriteAllText(Path.Combine(bin, AssemblyName + ext), "stand-in for the build output");
                File.Copy(RepoPaths.Of("README.md"), Path.Combine(root, "README.md"));
                File.Copy(RepoPaths.Of("LICENSE"), Path.Combine(root, "LICENSE"));

                var package = new MemoryStream();
                using (var nuspec = File.OpenRead(NuspecPath))
                    new PackageBuilder(nuspec, root).Save(package);
                package.Position = 0;

                using var reader = new PackageArchiveReader(package);
                Assert.Equal("Viper.Nano", reader.GetIdentity().Id);
                Assert.Equal("0.1.0", reader.GetIdentity().Version.ToNormalizedString());
                Assert.Equal(
                    LibExtensions.Select(ext => "lib/" + AssemblyName + ext).OrderBy(n => n, StringComparer.Ordinal),
                    reader.GetFiles("lib").OrderBy(n => n, StringComparer.Ordinal));
                Assert.Contains("LICENSE", reader.GetFiles());
                Assert.Contains("docs/README.md", reader.GetFiles());

                var group = Assert.Single(reader.GetPackageDependencies());
                Assert.Equal(NuGetFramework.AnyFramework, group.TargetFramework);
                foreach (var dependency in group.Packages)
                {
                    // A bare version in a nuspec is a minimum, inclusive, with no upper bound.
                    Assert.True(dependency.VersionRange.HasLowerBound && dependency.VersionRange.IsMinInclusive, dependency.ToString());
                    Assert.False(dependency.VersionRange.HasUpperBound, dependency.ToString());
                }
            }
            finally
            {
                if (Directory.Exists(root)) Directory.Delete(root, true);
            }
        }
    }
}
