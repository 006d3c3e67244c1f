using System;
using System.Text;
using Viper.Nano.Http;
using Xunit;
using Xunit.Abstractions;
using static Viper.Nano.FuzzTests.FuzzRun;

namespace Viper.Nano.FuzzTests
{
    /// <summary>
    /// The request-head parser over seeded, mutated heads, fed whole and in random splits (one in
    /// four byte by byte) to a reused parser, as the connection loop feeds it: nothing throws,
    /// every input ends Complete, NeedMore or Invalid within one call per split, every view lies
    /// inside the bytes given, the buffer is never written, and whole and split feeding agree on
    /// everything the parser reports.
    /// </summary>
    [Collection(FuzzCollection.Name)]
    public class RequestHeadParserFuzzTests
    {
        private readonly ITestOutputHelper output;

        public RequestHeadParserFuzzTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void MutatedHeadsInRandomSplits()
        {
            var harness = new HeadHarness();
            double rate = Run("RequestHeadParser", HttpSeeds.RequestHeads(), harness.Feed, output);
            Assert.True(rate > 0);
        }
    }

    /// <summary>One reusable harness: two parsers (server limits and tiny limits, to reach every cap) and a fixed buffer.</summary>
    public sealed class HeadHarness
    {
        private const int BufferSize = 2048;
        private readonly RequestHeadParser roomy = new RequestHeadParser(1024, 512, 24, 4096);
        private readonly RequestHeadParser tight = new RequestHeadParser(64, 16, 3, 10);
        private readonly byte[] buffer = new byte[BufferSize];
        private readonly byte[] copy = new byte[BufferSize];
        private int turn;

        public void Feed(byte[] input, Mutator mutator)
        {
            if (input.Length > BufferSize - 16) return;
            RequestHeadParser parser = (turn++ & 3) == 3 ? tight : roomy;
            int at = mutator.Random.Next(8);

            // Stale bytes after the input, as a receive buffer holds: a parser reading past the
            // count it was given would see a blank line here and disagree with itself.
            Stale(buffer, at + input.Length);
            Array.Copy(input, 0, buffer, at, input.Length);
            Array.Copy(buffer, copy, BufferSize);

            parser.Reset();
            ParseStatus whole = parser.Parse(buffer, at, input.Length);
            string wholeVerdict = Verdict(parser, whole, at, input.Length);

            parser.Reset();
            ParseStatus split = ParseStatus.NeedMore;
            int used = 0;
            foreach (int cut in mutator.Splits(input.Length))
            {
                split = parser.Parse(buffer, at, cut);
                used = cut;
                if (split != ParseStatus.NeedMore) break;
            }

            if (input.Length == 0) split = parser.Parse(buffer, at, 0);
            string splitVerdict = Verdict(parser, split, at, used);
            Check(wholeVerdict == splitVerdict, "whole " + wholeVerdict + " but split " + splitVerdict);
            Check(buffer.AsSpan().SequenceEqual(copy), "the parser wrote into the buffer");

            // Once finished, the parser says the same again without looking (the server may ask twice).
            if (split != ParseStatus.NeedMore) Check(parser.Parse(buffer, at, used) == split, "a finished parser changed its verdict");
        }

        private static void Stale(byte[] buffer, int from)
        {
            for (int i = from; i < buffer.Length; i++) buffer[i] = (byte)((i & 1) == 0 ? '\r' : '\n');
        }

        // Everything the parser reports, after checking that each view lies inside [at, at + count).
        private static string Verdict(RequestHeadParser p, ParseStatus status, int at, int count)
        {
            if (status == ParseStatus.NeedMore) return "NeedMore";
            if (status == ParseStatus.Invalid)
            {
                Check(p.ErrorStatus >= 400 && p.ErrorStatus <= 505 && p.ErrorReason != null, "an Invalid without status or reason");
                return "Invalid " + p.ErrorStatus + " " + p.ErrorReason;
            }

            Check(status == ParseStatus.Complete, "unknown status " + status);
            int end = at + p.HeadLength;
            Check(p.HeadLength >= 4 && p.HeadLength <= count, "head length " + p.HeadLength + " of " + count);
            Check(p.Buffer != null, "no buffer");
            Inside(p.MethodOffset, p.MethodLength, at, end, "method");
            Inside(p.TargetOffset, p.TargetLength, at, end, "target");
            Inside(p.PathOffset, p.PathLength, at, end, "path");
            if (p.QueryOffset >= 0) Inside(p.QueryOffset, p.QueryLength, at, end, "query");
            else Check(p.QueryLength == 0, "a query length without a query");
            var sb = new StringBuilder("Complete ");
            sb.Append(p.HeadLength).Append(' ').Append(p.MethodIndex).Append(' ').Append(p.MethodOffset).Append(' ').Append(p.MethodLength)
              .Append(' ').Append(p.TargetOffset).Append(' ').Append(p.TargetLength).Append(' ').Append(p.PathOffset).Append(' ').Append(p.PathLength)
              .Append(' ').Append(p.QueryOffset).Append(' ').Append(p.QueryLength).Append(' ').Append(p.IsAsteriskForm).Append(' ').Append(p.IsHttp11)
              .Append(' ').Append(p.ContentLength).Append(' ').Append(p.IsChunked).Append(' ').Append(p.KeepAlive).Append(' ').Append(p.ExpectContinue)
              .Append(" fields ").Append(p.FieldCount);
            for (int i = 0; i < p.FieldCount; i++)
            {
                Inside(p.FieldNameOffset(i), p.FieldNameLength(i), at, end, "field name");
                Inside(p.FieldValueOffset(i), p.FieldValueLength(i), at, end, "field value");
                Check(p.FieldNameLength(i) > 0, "an empty field name");
                sb.Append(' ').Append(p.FieldNameOffset(i)).Append(':').Append(p.FieldValueOffset(i)).Append('+').Append(p.FieldValueLength(i));
            }

            Check(p.HasBody == (p.IsChunked || p.ContentLength > 0), "HasBody disagrees with the framing");
            return sb.ToString();
        }

        private static void Inside(int offset, int length, int start, int end, string what)
        {
            Check(length >= 0 && offset >= start && offset + length <= end, what + " view " + offset + "+" + length + " outside " + start + ".." + end);
        }
    }
}
