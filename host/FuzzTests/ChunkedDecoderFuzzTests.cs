using System;
using System.IO;
using Viper.Nano.Http;
using Xunit;
using Xunit.Abstractions;
using static Viper.Nano.FuzzTests.FuzzRun;

namespace Viper.Nano.FuzzTests
{
    /// <summary>
    /// The chunked decoder over seeded, mutated bodies arriving in random splits, driven as the
    /// connection drives it (every call gets the bytes not consumed yet): nothing throws, each
    /// call makes progress or asks for more, data views lie inside the bytes given, the decoded
    /// body never outgrows its encoding, and whole and split feeding decode the same body with
    /// the same verdict and the same bytes consumed.
    /// </summary>
    [Collection(FuzzCollection.Name)]
    public class ChunkedDecoderFuzzTests
    {
        private readonly ITestOutputHelper output;

        public ChunkedDecoderFuzzTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void MutatedBodiesInRandomSplits()
        {
            var harness = new ChunkedHarness();
            Assert.True(Run("ChunkedDecoder", HttpSeeds.ChunkedBodies(), harness.Feed, output) > 0);
        }
    }

    public sealed class ChunkedHarness
    {
        private const int BufferSize = 4096;
        private readonly ChunkedDecoder decoder = new ChunkedDecoder(64);
        private readonly byte[] buffer = new byte[BufferSize];
        private readonly MemoryStream body = new MemoryStream();

        public void Feed(byte[] input, Mutator mutator)
        {
            if (input.Length > BufferSize) return;
            Array.Fill(buffer, (byte)'0'); // stale bytes that would read as more chunk-size digits
            Array.Copy(input, buffer, input.Length);
            string whole = Decode(input.Length, new[] { input.Length });
            string split = Decode(input.Length, mutator.Splits(input.Length));
            Check(whole == split, "whole " + whole + " but split " + split);
        }

        // Feeds the input as it arrives at the cut points; returns verdict, bytes consumed and the body (hex).
        private string Decode(int length, int[] cuts)
        {
            decoder.Reset();
            body.SetLength(0);
            int pos = 0;
            int calls = 0;
            ChunkStatus status = ChunkStatus.NeedMore;
            foreach (int available in cuts)
            {
                while (pos < available)
                {
                    Check(++calls <= 2 * length + 2, "no progress after " + calls + " calls");
                    status = decoder.Decode(buffer, pos, available - pos);
                    int consumed = decoder.Consumed;
                    Check(consumed >= 0 && consumed <= available - pos, "consumed " + consumed + " of " + (available - pos));
                    if (status == ChunkStatus.Data)
                    {
                        Check(decoder.DataLength > 0 && decoder.DataOffset >= pos && decoder.DataOffset + decoder.DataLength <= pos + consumed,
                            "data view " + decoder.DataOffset + "+" + decoder.DataLength + " outside " + pos + "+" + consumed);
                        body.Write(buffer, decoder.DataOffset, decoder.DataLength);
                    }
                    else
                    {
                        Check(decoder.DataLength == 0, "data reported with " + status);
                    }

                    pos += consumed;
                    if (status == ChunkStatus.Complete || status == ChunkStatus.Invalid) return Verdict(status, pos, length);
                    if (status == ChunkStatus.NeedMore) Check(pos == available, "need more with " + (available - pos) + " bytes unread");
                }
            }

            return Verdict(status == ChunkStatus.Data ? ChunkStatus.NeedMore : status, pos, length);
        }

        private string Verdict(ChunkStatus status, int consumed, int length)
        {
            Check(body.Length <= length, "decoded more than the encoding");
            if (status == ChunkStatus.Invalid) Check(decoder.ErrorReason != null, "Invalid without a reason");
            return status + (status == ChunkStatus.Invalid ? " " + decoder.ErrorReason : " " + consumed)
                + " " + Convert.ToHexString(body.GetBuffer(), 0, (int)body.Length);
        }
    }
}
