namespace Viper.Nano.Benchmarks { using Viper.Nano.Benchmarks.Report;
static class MicroSuite { public static void Run(Options o, RunResults r) {} }
static class MemorySuite { public static void Run(Options o, RunResults r) {} } }
namespace Viper.Nano.Benchmarks.Report {
static class TableReport { public static void Print(RunResults r, System.IO.TextWriter w) {} }
static class JsonReport { public static void Write(RunResults r, string p) {} }
static class SvgPlot { public static void Write(RunResults r, string p) {} } }
