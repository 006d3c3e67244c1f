using System;
using System.Globalization;
using System.IO;
using System.Text;
using Viper.Nano.Benchmarks.Driver;

namespace Viper.Nano.Benchmarks.Report
{
    /// <summary>
    /// A bar chart of the load figures as a plain SVG file (no plotting package needed): one
    /// panel per test with its own scale, one bar per server. A server with no figure gets a
    /// dashed outline marked "pending" or "skipped".
    /// </summary>
    public static class SvgPlot
    {
        private const int PanelWidth = 300, Height = 340, Top = 70, Bottom = 290, BarWidth = 60;
        private static readonly string[] Tests = { "ws-echo", "broadcast", "http-get" };
        private static readonly string[] Titles = { "WebSocket echo (round trips/s)", "Broadcast (deliveries/s)", "HTTP GET (requests/s)" };
        private static readonly string[] Colors = { "#d9480f", "#1c7ed6", "#2b8a3e" };

        /// <summary>Writes the chart of <paramref name="r"/> to <paramref name="path"/>.</summary>
        public static void Write(RunResults r, string path)
        {
            var svg = new StringBuilder();
            int width = PanelWidth * Tests.Length;
            svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(width).Append("\" height=\"").Append(Height)
               .Append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
            svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
            Text(svg, width / 2, 20, "Loopback load, same raw-socket client for every server (" + Environment.ProcessorCount + " cores)", "middle", 14, "bold");
            for (int p = 0; p < Options.AllPeers.Length; p++)
            {
                int x = 20 + p * 140;
                svg.Append(Invariant($"<rect x=\"{x}\" y=\"32\" width=\"12\" height=\"12\" fill=\"{Colors[p]}\"/>\n"));
                Text(svg, x + 18, 43, Options.AllPeers[p], "start", 12, "normal");
            }

            for (int t = 0; t < Tests.Length; t++) Panel(svg, r, t);
            svg.Append("</svg>\n");
            string dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            File.WriteAllText(path, svg.ToString());
        }

        private static void Panel(StringBuilder svg, RunResults r, int t)
        {
            int left = t * PanelWidth;
            double max = 0;
            foreach (string peer in Options.AllPeers)
            {
                LoadResult x = r.Find(Tests[t], peer);
                if (x != null && x.Error == null) max = Math.Max(max, x.PerSecond);
            }

            Text(svg, left + PanelWidth / 2, Top - 8, Titles[t], "middle", 12, "bold");
            svg.Append(Invariant($"<line x1=\"{left + 20}\" y1=\"{Bottom}\" x2=\"{left + PanelWidth - 20}\" y2=\"{Bottom}\" stroke=\"#333\"/>\n"));
            for (int p = 0; p < Options.AllPeers.Length; p++)
            {
                string peer = Options.AllPeers[p];
                LoadResult x = r.Find(Tests[t], peer);
                int bx = left + 40 + p * (BarWidth + 20);
                if (x == null || x.Error != null || max <= 0)
                {
                    string label = r.SkippedPeers.ContainsKey(peer) ? (peer == "viper" ? "pending" : "skipped") : x?.Error != null ? "failed" : "not run";
                    svg.Append(Invariant($"<rect x=\"{bx}\" y=\"{Bottom - 60}\" width=\"{BarWidth}\" height=\"60\" fill=\"none\" stroke=\"{Colors[p]}\" stroke-dasharray=\"4 3\"/>\n"));
                    Text(svg, bx + BarWidth / 2, Bottom - 26, label, "middle", 11, "normal");
                }
                else
                {
                    double h = (Bottom - Top - 30) * x.PerSecond / max;
                    svg.Append(Invariant($"<rect x=\"{bx}\" y=\"{Bottom - h:F1}\" width=\"{BarWidth}\" height=\"{h:F1}\" fill=\"{Colors[p]}\"/>\n"));
                    Text(svg, bx + BarWidth / 2, (int)(Bottom - h) - 5, Short(x.PerSecond), "middle", 11, "normal");
                }

                Text(svg, bx + BarWidth / 2, Bottom + 16, peer, "middle", 11, "normal");
            }
        }

        private static string Short(double v) =>
            v >= 1e6 ? (v / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + "M"
            : v >= 1e3 ? (v / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + "k"
            : v.ToString("0", CultureInfo.InvariantCulture);

        private static void Text(StringBuilder svg, int x, int y, string text, string anchor, int size, string weight) =>
            svg.Append(Invariant($"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-size=\"{size}\" font-weight=\"{weight}\">"))
               .Append(System.Security.SecurityElement.Escape(text)).Append("</text>\n");

        private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }
}
