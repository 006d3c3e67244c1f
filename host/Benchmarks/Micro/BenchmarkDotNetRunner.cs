using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Viper.Nano.Benchmarks.Report;

namespace Viper.Nano.Benchmarks.Micro
{
    /// <summary>
    /// The full run's micro-benchmarks: BenchmarkDotNet's default job with the memory diagnoser,
    /// in process (no per-benchmark project build, which would also rebuild the library), with
    /// the pending stubs filtered out. Markdown tables go to BenchmarkDotNet.Artifacts.
    /// </summary>
    public static class BenchmarkDotNetRunner
    {
        /// <summary>Runs <paramref name="classes"/> and adds one result per benchmark.</summary>
        public static void Run(Type[] classes, RunResults results)
        {
            IConfig config = ManualConfig.CreateEmpty()
                .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .AddLogger(ConsoleLogger.Default)
                .AddExporter(MarkdownExporter.GitHub)
                .AddFilter(new SimpleFilter(c => c.Descriptor.WorkloadMethod.GetCustomAttribute<PendingAttribute>() == null))
                .WithArtifactsPath(Path.Combine(RepoRoot.Path, "BenchmarkDotNet.Artifacts"))
                .WithOptions(ConfigOptions.DisableLogFile);

            // Classes whose benchmarks are all stubs would only print "no benchmarks found".
            var runnable = new List<Type>();
            foreach (Type type in classes)
            {
                foreach (MethodInfo m in MicroSuite.BenchmarkMethods(type))
                {
                    if (m.GetCustomAttribute<PendingAttribute>() != null) continue;
                    runnable.Add(type);
                    break;
                }
            }

            if (runnable.Count == 0) return;
            foreach (BenchmarkDotNet.Reports.Summary summary in BenchmarkRunner.Run(runnable.ToArray(), config))
            {
                foreach (BenchmarkReport report in summary.Reports)
                {
                    var r = new MicroResult { Name = MicroSuite.NameOf(report.BenchmarkCase.Descriptor.WorkloadMethod) };
                    if (report.ResultStatistics != null) r.NanosecondsPerOp = report.ResultStatistics.Mean;
                    long? bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                    if (bytes.HasValue) r.AllocatedBytesPerOp = bytes.Value;
                    if (!report.Success) r.Pending = "BenchmarkDotNet reported a failure for this benchmark";
                    results.Micro.Add(r);
                }
            }
        }
    }
}
