using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace Viper.Nano.ApiGate.Docs
{
    /// <summary>
    /// Keeps firmware-notes/ and the README linked and in step with the projects: a renamed heading
    /// or note breaks a link silently on GitHub, and a package bump would leave the version table
    /// users copy from out of date.
    /// </summary>
    public class FirmwareNotesTests
    {
        private static readonly Regex Link = new Regex(@"\]\((?<target>[^)\s]+)\)");

        public static IEnumerable<object[]> Documents() =>
            Directory.EnumerateFiles(RepoPaths.Of("firmware-notes"), "*.md")
                .Append(RepoPaths.Of("README.md"))
                .Select(p => new object[] { Path.GetRelativePath(RepoPaths.Root, p) })
                .OrderBy(a => (string)a[0]);

        [Theory]
        [MemberData(nameof(Documents))]
        public void RelativeLinksReachAFileAndAHeading(string document)
        {
            var path = RepoPaths.Of(document);
            foreach (Match m in Link.Matches(File.ReadAllText(path)))
            {
                var target = m.Groups["target"].Value;
                if (target.Contains("://")) continue;
                var hash = target.IndexOf('#');
                var file = hash < 0 ? target : target.Substring(0, hash);
                var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path), file));
                Assert.True(File.Exists(resolved) || Directory.Exists(resolved), document + " links to a missing " + target);
                if (hash >= 0)
                    Assert.True(Anchors(resolved).Contains(target.Substring(hash + 1)), document + " links to a missing heading " + target);
            }
        }

        [Fact]
        public void TheIndexAndTheReadmeListEveryNote()
        {
            var index = File.ReadAllText(RepoPaths.Of("firmware-notes", "README.md"));
            var readme = File.ReadAllText(RepoPaths.Of("README.md"));
            foreach (var note in Directory.EnumerateFiles(RepoPaths.Of("firmware-notes"), "*.md").Select(Path.GetFileName))
            {
                if (note == "README.md") continue;
                Assert.Contains("](" + note + ")", index);
                Assert.Contains("](firmware-notes/" + note + ")", readme);
            }
        }

        [Fact]
        public void TheVersionTableIsThePackagesConfigs()
        {
            var table = File.ReadAllText(RepoPaths.Of("firmware-notes", "deployment.md"));
            foreach (var config in new[] { RepoPaths.Of("Viper.Nano", "packages.config"), RepoPaths.Of("samples", "SensorBroadcast", "packages.config") })
                foreach (var p in XDocument.Load(config).Root.Elements("package"))
                    Assert.Contains("| " + (string)p.Attribute("id") + " | " + (string)p.Attribute("version") + " |", table);
        }

        /// <summary>GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.</summary>
        private static HashSet<string> Anchors(string markdown)
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            if (!markdown.EndsWith(".md", StringComparison.Ordinal)) return anchors;
            foreach (var line in File.ReadLines(markdown))
            {
                var m = Regex.Match(line, @"^#{1,6}\s+(?<text>.+?)\s*$");
                if (!m.Success) continue;
                var slug = Regex.Replace(m.Groups["text"].Value.ToLowerInvariant(), @"[^a-z0-9 _-]", "").Replace(' ', '-');
                anchors.Add(slug);
            }
            return anchors;
        }
    }
}
