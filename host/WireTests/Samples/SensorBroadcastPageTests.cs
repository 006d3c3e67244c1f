using System;
using System.IO;
using System.Linq;
using System.Text;
using Viper.Nano.Http;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Viper.Nano.Samples.SensorBroadcast;
using Viper.Nano.Samples.SensorBroadcast.Pc;
using Xunit;

namespace Viper.Nano.WireTests.Samples
{
    /// <summary>
    /// The live page and how each build gets it: what the page must be to fit in flash and to be
    /// served from a string resource, and that the hand-kept Device/Resources.Designer.cs agrees
    /// with Device/Resources.resx the way Visual Studio's nanoFramework generator would make it.
    /// </summary>
    public class SensorBroadcastPageTests
    {
        private static readonly XNamespace Ms = "http://schemas.microsoft.com/developer/msbuild/2003";
        private static string SampleDir => RepoPaths.Of("samples", "SensorBroadcast");
        private static byte[] PageBytes => File.ReadAllBytes(Path.Combine(SampleDir, "Resources", "index.html"));

        [Fact]
        public void ThePageIsAsciiAndSmallEnoughForAStringResource()
        {
            byte[] page = PageBytes;
            int offender = Array.FindIndex(page, b => b > 0x7E || (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t'));
            Assert.True(offender < 0, "index.html must be ASCII (its length in characters is its Content-Length on the device); byte " + offender);
            // The metadata processor stores a string resource's length in at most two 7-bit bytes.
            Assert.True(page.Length < 16384, "index.html is " + page.Length + " bytes: string resources must stay under 16384");
            Assert.True(page.Length <= 8192, "index.html is " + page.Length + " bytes: the budget is 8 KB of flash");
        }

        [Fact]
        public void ThePageLoadsNothingFromOutsideTheBoard()
        {
            string html = Encoding.ASCII.GetString(PageBytes);
            Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*[""']?(https?:)?//", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex(@"@import|url\(\s*[""']?(https?:)?//", RegexOptions.IgnoreCase), html);
        }

        [Fact]
        public void ThePageUsesTheSampleRoutesAndExposesItsTestHook()
        {
            string html = Encoding.ASCII.GetString(PageBytes);
            foreach (var needle in new[] { "\"/ws/sensors\"", "\"/events\"", "\"/api/readings\"", "href=\"/docs\"", "href=\"/stats\"", "transport=sse", "window.viper", "data-transport" })
            {
                Assert.Contains(needle, html);
            }
        }

        [Fact]
        public void TheEmbeddedPageIsCopiedOutByteForByteInAnyPieceSize()
        {
            EmbeddedPage.Install();
            IResponseContent page = PageSource.Index;
            byte[] expected = PageBytes;
            Assert.Equal(expected.Length, page.Length);
            foreach (int piece in new[] { 1, 7, 512, 1024, expected.Length + 5 })
            {
                var copy = new byte[expected.Length + 3];
                int at = 0, n;
                while ((n = page.Read(at, copy, at + 3, Math.Min(piece, copy.Length - 3 - at))) > 0)
                {
                    at += n;
                }

                Assert.Equal(expected.Length, at);
                Assert.Equal(expected, copy.Skip(3).ToArray());
            }

            Assert.Equal(0, page.Read(expected.Length, new byte[4], 0, 4));
        }

        [Fact]
        public void TheDesignerFileIsWhatTheNanoFrameworkGeneratorWouldWrite()
        {
            var nfproj = XDocument.Load(Path.Combine(SampleDir, "SensorBroadcast.nfproj"));
            string rootNamespace = nfproj.Descendants(Ms + "RootNamespace").Single().Value;
            var resx = nfproj.Descendants(Ms + "EmbeddedResource").Single(e => (string)e.Attribute("Include") == @"Device\Resources.resx");
            Assert.Equal("nFResXFileCodeGenerator", resx.Element(Ms + "Generator")?.Value);
            Assert.Equal("Resources.Designer.cs", resx.Element(Ms + "LastGenOutput")?.Value);
            Assert.Contains(nfproj.Descendants(Ms + "None"), e => (string)e.Attribute("Include") == @"Resources\index.html");
            Assert.Contains(nfproj.Descendants(Ms + "Reference"), e => (string)e.Attribute("Include") == "nanoFramework.ResourceManager");

            var data = XDocument.Load(Path.Combine(SampleDir, "Device", "Resources.resx")).Root.Elements("data").Single();
            string[] fileRef = data.Element("value").Value.Split(';');
            Assert.Equal("index", (string)data.Attribute("name"));
            Assert.Equal(@"..\Resources\index.html", fileRef[0]);
            Assert.StartsWith("System.String, mscorlib", fileRef[1]);

            // MSBuild names Device\Resources.resx "<RootNamespace>.Device.Resources"; the generator
            // uses the folder's default namespace, the same string, for the ResourceManager.
            string designer = File.ReadAllText(Path.Combine(SampleDir, "Device", "Resources.Designer.cs"));
            string baseName = rootNamespace + ".Device.Resources";
            Assert.Contains("namespace " + rootNamespace + ".Device", designer);
            Assert.Contains("new System.Resources.ResourceManager(\"" + baseName + "\", typeof(Resources).Assembly)", designer);
            Assert.Contains("index = " + ResourceId("index") + ",", designer);
        }

        [Theory]
        [InlineData("favicon", -22914)]
        [InlineData("main", 4691)]
        [InlineData("String1", 1228)]
        [InlineData("String2", 1225)]
        public void ResourceIdsMatchThoseInNanoFrameworksOwnSamples(string name, short id)
        {
            // Ids read from generated Resources.Designer.cs files in nanoframework/Samples
            // (Webserver, WiFiAP, ManagedResources).
            Assert.Equal(id, ResourceId(name));
        }

        /// <summary>
        /// The 16-bit id nanoFramework's build gives a resource, from its name: two interleaved
        /// djb2-style hashes over the even and odd characters, combined and folded to 16 bits
        /// (the metadata processor's resource table and the resx code generator agree on it).
        /// </summary>
        private static short ResourceId(string name)
        {
            unchecked
            {
                int even = (5381 << 16) + 5381, odd = even;
                for (int i = 0; i < name.Length; i++)
                {
                    if (i % 2 == 0)
                    {
                        even = ((even << 5) + even) ^ name[i];
                    }
                    else
                    {
                        odd = ((odd << 5) + odd) ^ name[i];
                    }
                }

                int hash = even + (odd * 1566083941);
                return (short)((short)(hash >> 16) ^ (short)hash);
            }
        }
    }
}
