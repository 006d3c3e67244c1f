using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Viper.Nano.ApiGate.Docs
{
    /// <summary>
    /// The README's C# is copied from samples/WebSocketGuide/GuideRoutes.cs, which the gate
    /// compiles for the device and the wire tests run: if the sample changes, the README must too.
    /// </summary>
    public class ReadmeTests
    {
        [Fact]
        public void TheCSharpExampleIsTheGuideSamplesCode()
        {
            string readme = File.ReadAllText(RepoPaths.Of("README.md"));
            string[] sample = File.ReadAllLines(RepoPaths.Of("samples", "WebSocketGuide", "GuideRoutes.cs")).Select(l => l.Trim()).ToArray();
            MatchCollection blocks = Regex.Matches(readme, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
            Assert.NotEmpty(blocks);
            foreach (Match block in blocks)
            {
                int at = 0;
                foreach (string line in block.Groups["code"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
                {
                    int found = Array.IndexOf(sample, line, at);
                    Assert.True(found >= 0, "README line not found (in order) in GuideRoutes.cs: " + line);
                    at = found + 1;
                }
            }
        }

        [Fact]
        public void TheScreenshotsTheReadmeShowsExist()
        {
            string readme = File.ReadAllText(RepoPaths.Of("README.md"));
            foreach (string png in new[] { "sensor-broadcast-websocket.png", "sensor-broadcast-sse.png" })
            {
                Assert.Contains("docs/screenshots/" + png, readme);
                Assert.True(new FileInfo(RepoPaths.Of("docs", "screenshots", png)).Length > 10000, png + " is missing or empty");
            }
        }
    }
}
