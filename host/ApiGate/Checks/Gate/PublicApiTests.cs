using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Viper.Nano.ApiGate.Gate
{
    /// <summary>
    /// The library's public types are exactly the list in docs/architecture.md ("Public
    /// surface"): what an application types. Making a type public is a promise to users, so it
    /// is a decision written down there, not a side effect of another change.
    /// </summary>
    public class PublicApiTests
    {
        private static readonly Regex ListedType = new Regex(@"^- `(?<name>Viper\.Nano\.[A-Za-z0-9.]+)`", RegexOptions.Multiline);

        [Fact]
        public void ThePublicTypesAreTheDocumentedList()
        {
            string doc = File.ReadAllText(RepoPaths.Of("docs", "architecture.md"));
            int start = doc.IndexOf("<!-- public-types -->", StringComparison.Ordinal);
            int end = doc.IndexOf("<!-- /public-types -->", StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, "docs/architecture.md has no <!-- public-types --> list");
            string[] documented = ListedType.Matches(doc.Substring(start, end - start)).Select(m => m.Groups["name"].Value).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            // The PC build also carries stand-ins for device packages (nanoFramework.Json, ...): not ours.
            string[] actual = typeof(Viper.Nano.Server.ViperServer).Assembly.GetExportedTypes()
                .Where(t => t.Namespace != null && t.Namespace.StartsWith("Viper.Nano", StringComparison.Ordinal))
                .Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.True(documented.SequenceEqual(actual),
                "public but not listed: " + string.Join(", ", actual.Except(documented)) + "; listed but not public: " + string.Join(", ", documented.Except(actual)));
            Assert.Contains("**" + actual.Length + " public types**", doc);
        }
    }
}
