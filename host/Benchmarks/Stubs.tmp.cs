namespace Viper.Nano.Benchmarks.Report {
static class TableReport { public static void Print(RunResults r, System.IO.TextWriter w) {} }
static class JsonReport { public static void Write(RunResults r, string p) {} }
static class SvgPlot { public static void Write(RunResults r, string p) {} } }
