using System;

namespace Viper.Nano.Benchmarks.Micro
{
    /// <summary>
    /// Marks a micro-benchmark whose code under test has not landed yet (a stub):
    /// BenchmarkDotNet and the alloc meter skip it and the report prints the reason. Remove the
    /// attribute once the body calls the real code.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class PendingAttribute : Attribute
    {
        /// <summary>What is missing.</summary>
        public PendingAttribute(string reason) => Reason = reason;

        /// <summary>What is missing.</summary>
        public string Reason { get; }
    }
}
