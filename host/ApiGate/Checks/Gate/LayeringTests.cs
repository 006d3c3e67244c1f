using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Viper.Nano.ApiGate.Gate
{
    /// <summary>
    /// The library's folders form layers, listed bottom-up in docs/architecture.md ("Layers"):
    /// a folder may use only folders of lower layers. The check compiles the sources with Roslyn
    /// and resolves every name, so it sees what the code uses (not what a using line or a comment
    /// says); a using directive for a higher layer's namespace fails too. A new folder fails until
    /// it is placed in the list.
    /// </summary>
    public class LayeringTests
    {
        private static readonly Regex LayerLine = new Regex(@"^(?<rank>\d+)\. (?<folders>(?:`[A-Za-z]+/`(?:, )?)+)", RegexOptions.Multiline);
        private static readonly Regex Folder = new Regex(@"`(?<name>[A-Za-z]+)/`");

        [Fact]
        public void EveryFolderUsesOnlyLowerLayers()
        {
            Dictionary<string, int> rank = DocumentedLayers();
            string library = RepoPaths.Of("Viper.Nano");
            var violations = new SortedSet<string>(StringComparer.Ordinal);

            foreach (string folder in SourceFolders(library))
            {
                Assert.True(rank.ContainsKey(folder), "Viper.Nano/" + folder + "/ is in no layer of docs/architecture.md");
            }

            CSharpCompilation compilation = Compile(library);
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                string from = FolderOf(library, tree.FilePath);
                if (from == null) continue;
                SemanticModel model = compilation.GetSemanticModel(tree);
                SyntaxNode root = tree.GetRoot();

                foreach (UsingDirectiveSyntax u in root.DescendantNodes().OfType<UsingDirectiveSyntax>())
                {
                    string ns = u.Name.ToString();
                    if (!ns.StartsWith("Viper.Nano.", StringComparison.Ordinal)) continue;
                    string to = ns.Substring("Viper.Nano.".Length);
                    if (rank.ContainsKey(to) && to != from && rank[to] >= rank[from])
                        violations.Add(Where(tree, u) + ": using " + ns + " (" + from + " is below or beside " + to + ")");
                }

                foreach (SimpleNameSyntax name in root.DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    ISymbol symbol = model.GetSymbolInfo(name).Symbol;
                    INamedTypeSymbol type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                    if (type == null) continue;
                    string to = type.OriginalDefinition.DeclaringSyntaxReferences
                        .Select(r => FolderOf(library, r.SyntaxTree.FilePath)).FirstOrDefault(f => f != null);
                    if (to == null || to == from) continue;
                    if (rank[to] >= rank[from])
                        violations.Add(Where(tree, name) + ": uses " + type.Name + " from " + to + "/ (" + from + " is below or beside " + to + ")");
                }
            }

            Assert.True(violations.Count == 0, "layering broken:\n" + string.Join("\n", violations));
        }

        [Fact]
        public void TheCompilationTheCheckReadsHasNoErrors()
        {
            // Names that do not resolve would escape the check above.
            var errors = Compile(RepoPaths.Of("Viper.Nano")).GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(10).ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors));
        }

        // "1. `Text/`, `Crypto/` ..." lines between the layers markers: the number is the layer.
        private static Dictionary<string, int> DocumentedLayers()
        {
            string doc = File.ReadAllText(RepoPaths.Of("docs", "architecture.md"));
            int start = doc.IndexOf("<!-- layers -->", StringComparison.Ordinal);
            int end = doc.IndexOf("<!-- /layers -->", StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, "docs/architecture.md has no <!-- layers --> list");
            var rank = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match line in LayerLine.Matches(doc.Substring(start, end - start)))
            {
                foreach (Match f in Folder.Matches(line.Groups["folders"].Value))
                    rank[f.Groups["name"].Value] = int.Parse(line.Groups["rank"].Value);
            }

            Assert.True(rank.Count >= 2, "the layers list names no folders");
            return rank;
        }

        private static IEnumerable<string> SourceFolders(string library) =>
            Directory.GetDirectories(library).Select(Path.GetFileName)
                .Where(d => d != "bin" && d != "obj" && d != "Properties" && Directory.GetFiles(Path.Combine(library, d), "*.cs").Length > 0);

        private static string FolderOf(string library, string path)
        {
            string relative = Path.GetRelativePath(library, path);
            if (relative.StartsWith("..", StringComparison.Ordinal)) return null;
            string[] parts = relative.Split(Path.DirectorySeparatorChar);
            return parts.Length == 2 && parts[0] != "Properties" ? parts[0] : null;
        }

        private static string Where(SyntaxTree tree, SyntaxNode node) =>
            Path.GetFileName(tree.FilePath) + ":" + (node.GetLocation().GetLineSpan().StartLinePosition.Line + 1);

        private static CSharpCompilation compiled;

        // The library as the PC build compiles it: its sources, the PC stand-ins for device
        // packages, and the .NET runtime's assemblies.
        private static CSharpCompilation Compile(string library)
        {
            if (compiled != null) return compiled;
            var options = new CSharpParseOptions(LanguageVersion.CSharp9);
            var files = Directory.GetFiles(library, "*.cs", SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .Concat(Directory.GetFiles(RepoPaths.Of("host", "Viper.Nano.Pc", "Shims"), "*.cs"));
            var trees = files.Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), options, p));
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")).Split(Path.PathSeparator)
                .Select(p => MetadataReference.CreateFromFile(p));
            compiled = CSharpCompilation.Create("Viper.Nano.Layers", trees, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: false));
            return compiled;
        }
    }
}
