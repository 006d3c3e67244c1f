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

    /// <summary>The reasons used by the stubs, one per part of Viper.Nano still being written.</summary>
    public static class Missing
    {
        public const string HttpParser = "Viper.Nano's HTTP request-head parser is not merged yet";
        public const string Router = "Viper.Nano's router is not merged yet";
        public const string FrameCodec = "Viper.Nano's WebSocket frame decoder/encoder is not merged yet";
        public const string Utf8 = "Viper.Nano's UTF-8 validator is not merged yet";
        public const string Rooms = "Viper.Nano's rooms/broadcast are not merged yet";
    }
}
