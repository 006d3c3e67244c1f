using System;
using System.Text;
using Viper.Nano.Text;
using Viper.Nano.WebSockets;
using Xunit;
using Xunit.Abstractions;
using static Viper.Nano.FuzzTests.FuzzRun;

namespace Viper.Nano.FuzzTests
{
    /// <summary>
    /// The WebSocket receive path (MessageReader over FrameDecoder and Utf8Validator) over
    /// seeded, mutated client frame streams in random splits, driven as WebSocketReceiver drives
    /// it (fail, then discard until the peer's Close), in small fixed buffers with bytes already
    /// waiting from the upgrade request: nothing throws, every Process call ends in an event or
    /// NeedMore with room to read, messages and control frames lie inside their buffers and
    /// limits, text is always valid UTF-8, nothing fails twice, and whole and split feeding give
    /// the same events. The validator alone is checked against .NET's strict UTF-8 decoder.
    /// </summary>
    [Collection(FuzzCollection.Name)]
    public class MessageReaderFuzzTests
    {
        private readonly ITestOutputHelper output;

        public MessageReaderFuzzTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void MutatedFrameStreamsInRandomSplits()
        {
            var harness = new ReaderHarness();
            Assert.True(Run("MessageReader", WebSocketSeeds.FrameStreams(), harness.Feed, output) > 0);
        }

        [Fact]
        public void Utf8ValidatorAgreesWithDotNetInRandomSplits()
        {
            var validator = new Utf8Validator();
            var strict = new UTF8Encoding(false, true);
            Assert.True(Run("Utf8Validator", WebSocketSeeds.Utf8(), (input, mutator) =>
            {
                bool expected;
                try
                {
                    strict.GetCharCount(input);
                    expected = true;
                }
                catch (DecoderFallbackException)
                {
                    expected = false;
                }

                validator.Reset();
                bool fed = true;
                int from = 0;
                foreach (int cut in mutator.Splits(input.Length))
                {
                    bool ok = validator.Feed(input, from, cut - from);
                    Check(fed || !ok, "valid again after invalid bytes");
                    fed &= ok;
                    from = cut;
                }

                Check((fed && validator.IsComplete) == expected, "validator says " + (fed && validator.IsComplete) + ", .NET says " + expected);
                Check(validator.IsValidText(input, 0, input.Length) == expected, "whole input disagrees");
            }, output) > 0);
        }
    }

    public sealed class ReaderHarness
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);
        private static readonly int[] Sizes = { 64, 128, 256 };
        private readonly StringBuilder log = new StringBuilder();

        public void Feed(byte[] input, Mutator mutator)
        {
            Random r = mutator.Random;
            int size = Sizes[r.Next(Sizes.Length)];
            int max = r.Next(3) == 0 ? 1 + r.Next(60) : 1000;
            if (max > MessageReader.Capacity(size)) max = MessageReader.Capacity(size); // the reader refuses a limit over its buffer
            int pendingAt = r.Next(3) == 0 ? r.Next(size / 2) : 0;
            int pending = pendingAt > 0 ? Math.Min(input.Length, r.Next(size - pendingAt)) : 0;
            int[] cuts = mutator.Splits(input.Length - pending);
            string setup = "buffer " + size + " max " + max + " pending " + pending + "@" + pendingAt + " cuts " + string.Join(",", cuts) + ": ";
            string whole = Read(input, size, max, pendingAt, pending, new[] { input.Length - pending }, setup + "whole: ");
            string split = Read(input, size, max, pendingAt, pending, cuts, setup + "split: ");
            Check(whole == split, setup + "whole " + whole + " but split " + split);
        }

        private string Read(byte[] input, int size, int max, int pendingAt, int pending, int[] cuts, string setup)
        {
            try
            {
                return Read(input, size, max, pendingAt, pending, cuts);
            }
            catch (Exception e) when (e is not FuzzFinding)
            {
                throw new FuzzFinding(setup + "after " + log + " " + e);
            }
        }

        private string Read(byte[] input, int size, int max, int pendingAt, int pending, int[] cuts)
        {
            var buffer = new byte[size];
            for (int i = 0; i < size; i++) buffer[i] = (byte)(i % 3 == 0 ? 0x81 : 0x80); // stale bytes that look like headers
            Array.Copy(input, 0, buffer, pendingAt, pending);
            var reader = new MessageReader(buffer, max, pendingAt, pending);
            Check(reader.MaxMessageSize <= MessageReader.Capacity(size) && reader.MaxMessageSize <= max, "limit " + reader.MaxMessageSize);
            log.Clear();
            int fed = pending;
            int cut = 0;
            bool discarding = false;
            int budget = 4 * input.Length + 4 * cuts.Length + 16;
            while (true)
            {
                Check(--budget > 0, "no progress");
                int e = reader.Process();
                if (e == MessageReader.NeedMore)
                {
                    if (fed == input.Length) return log.ToString();
                    int room = reader.PrepareRead();
                    int at = reader.ReadOffset;
                    Check(room > 0 && at >= 0 && at + room == size, "no room to read: " + at + "+" + room + " of " + size);
                    while (cut < cuts.Length && cuts[cut] + pending <= fed) cut++;
                    int n = Math.Min(cuts[cut] + pending - fed, room);
                    Array.Copy(input, fed, buffer, at, n);
                    reader.Filled(n);
                    fed += n;
                    continue;
                }

                if (e == MessageReader.Message)
                {
                    Check(reader.MessageOffset >= 0 && reader.MessageCount >= 0 && reader.MessageOffset + reader.MessageCount <= size,
                        "message " + reader.MessageOffset + "+" + reader.MessageCount + " outside " + size);
                    Check(reader.MessageCount <= reader.MaxMessageSize, "message over the limit");
                    Check(!discarding, "a message delivered while discarding");
                    if (reader.MessageOpcode == Opcode.Text) Strict.GetCharCount(buffer, reader.MessageOffset, reader.MessageCount);
                    else Check(reader.MessageOpcode == Opcode.Binary, "message opcode " + reader.MessageOpcode);
                    log.Append(reader.MessageOpcode == Opcode.Text ? 'T' : 'B')
                       .Append(Convert.ToHexString(buffer, reader.MessageOffset, reader.MessageCount)).Append('|');
                }
                else if (e == MessageReader.Control)
                {
                    int length = reader.ControlLength;
                    Check(length >= 0 && MessageReader.ControlPayloadOffset + length <= reader.ControlFrame.Length, "control length " + length);
                    Check(Opcode.IsControl(reader.ControlOpcode), "control opcode " + reader.ControlOpcode);
                    log.Append('C').Append(reader.ControlOpcode).Append(':')
                       .Append(Convert.ToHexString(reader.ControlFrame, MessageReader.ControlPayloadOffset, length));
                    if (reader.ControlOpcode == Opcode.Close) log.Append('/').Append(reader.CheckClosePayload()).Append('/').Append(reader.ReceivedCloseCode);
                    log.Append('|');
                }
                else
                {
                    Check(e == MessageReader.Fail, "unknown event " + e);
                    Check(!discarding, "failed again while discarding");
                    Check(reader.FailCode == 1002 || reader.FailCode == 1007 || reader.FailCode == 1009, "fail code " + reader.FailCode);
                    log.Append('F').Append(reader.FailCode).Append('|');

                    // As the connection does: close with the code, then only look for the peer's Close.
                    reader.BeginDiscarding();
                    discarding = true;
                }
            }
        }
    }
}
