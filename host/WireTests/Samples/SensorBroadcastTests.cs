using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;
using Viper.Nano.Samples.SensorBroadcast;
using Xunit;

namespace Viper.Nano.WireTests.Samples
{
    /// <summary>
    /// The SensorBroadcast sample's shared code on .NET: the JSON a reading becomes, the ring of
    /// recent readings, the simulated sensor and the sampler that ties them to a publisher.
    /// </summary>
    public class SensorBroadcastTests
    {
        private static string Reading(double value, long ts, int seq, string unit = "C")
        {
            var json = new ReadingJson(unit);
            var buffer = new byte[json.MaxReadingBytes];
            int n = json.Write(buffer, 0, buffer.Length, value, ts, seq);
            Assert.True(n > 0);
            return Encoding.ASCII.GetString(buffer, 0, n);
        }

        [Fact]
        public void AReadingIsTheDocumentedObject()
        {
            Assert.Equal("{\"value\":22.53,\"unit\":\"C\",\"ts\":1732412345123,\"seq\":42}", Reading(22.53, 1732412345123, 42));
        }

        [Theory]
        [InlineData(0.0, "0.00")]
        [InlineData(22.5, "22.50")]
        [InlineData(22.535, "22.54")]
        [InlineData(-0.004, "0.00")]
        [InlineData(-0.005, "-0.01")]
        [InlineData(-12.345, "-12.35")]
        [InlineData(3, "3.00")]
        [InlineData(1234567.891, "1234567.89")]
        [InlineData(double.NaN, "null")]
        [InlineData(double.PositiveInfinity, "null")]
        [InlineData(double.NegativeInfinity, "null")]
        [InlineData(1e13, "null")]
        public void ValuesHaveTwoDecimalsOrAreNull(double value, string expected)
        {
            var buffer = new byte[32];
            int n = ReadingJson.WriteFixed2(buffer, 0, value);
            Assert.Equal(expected, Encoding.ASCII.GetString(buffer, 0, n));
        }

        [Theory]
        [InlineData(0L)]
        [InlineData(7L)]
        [InlineData(-7L)]
        [InlineData(1732412345123L)]
        [InlineData(long.MaxValue)]
        [InlineData(long.MinValue)]
        public void IntegersMatchTheBaseLibrary(long value)
        {
            var buffer = new byte[24];
            int n = ReadingJson.WriteInt64(buffer, 3, value);
            Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Encoding.ASCII.GetString(buffer, 3, n));
        }

        [Fact]
        public void TheWidestReadingFitsMaxReadingBytes()
        {
            var json = new ReadingJson("kPa");
            var buffer = new byte[json.MaxReadingBytes];
            int n = json.Write(buffer, 0, buffer.Length, -9999999999999.996, long.MinValue, int.MinValue);
            Assert.InRange(n, 1, json.MaxReadingBytes);
            using var doc = JsonDocument.Parse(Encoding.ASCII.GetString(buffer, 0, n));
            Assert.Equal(-10000000000000.0, doc.RootElement.GetProperty("value").GetDouble());
            Assert.Equal(-1, json.Write(buffer, 0, json.MaxReadingBytes - 1, 1, 1, 1));
        }

        [Fact]
        public void AFailedReadingIsNullInValidJson()
        {
            using var doc = JsonDocument.Parse(Reading(double.NaN, 5, 1));
            Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("value").ValueKind);
        }

        [Theory]
        [InlineData("\"")]
        [InlineData("\\")]
        [InlineData("\u00b0C")]
        [InlineData("a\nb")]
        public void UnitsThatWouldNeedEscapingAreRefused(string unit)
        {
            Assert.Throws<ArgumentException>(() => new ReadingJson(unit));
        }

        [Fact]
        public void TheRingKeepsTheNewestInOrderAndNumbersThem()
        {
            var ring = new ReadingRing(3);
            Assert.False(ring.TryGetLatest(out _, out _, out _));
            for (int i = 1; i <= 5; i++)
            {
                Assert.Equal(i, ring.Add(i * 1.5, 1000 + i));
            }

            Assert.Equal(3, ring.Count);
            Assert.Equal(5, ring.LastSequence);
            Assert.Equal(new[] { 3, 4, 5 }, new[] { ring.SequenceAt(0), ring.SequenceAt(1), ring.SequenceAt(2) });
            Assert.Equal(4.5, ring.ValueAt(0));
            Assert.Equal(1005, ring.TimestampAt(2));
            Assert.True(ring.TryGetLatest(out double v, out long ts, out int seq));
            Assert.Equal((7.5, 1005L, 5), (v, ts, seq));
            Assert.Throws<ArgumentOutOfRangeException>(() => ring.ValueAt(3));
        }

        [Fact]
        public void TheRingAsJsonIsAnArrayOldestFirst()
        {
            var json = new ReadingJson("C");
            var ring = new ReadingRing(4);
            var buffer = new byte[json.MaxArrayBytes(ring.Capacity)];
            Assert.Equal("[]", Encoding.ASCII.GetString(buffer, 0, json.WriteArray(ring, buffer, 0, buffer.Length)));

            for (int i = 0; i < 6; i++)
            {
                ring.Add(20 + (i / 10.0), 1700000000000 + (i * 1000));
            }

            int n = json.WriteArray(ring, buffer, 0, buffer.Length);
            using var doc = JsonDocument.Parse(Encoding.ASCII.GetString(buffer, 0, n));
            var seqs = new List<int>();
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                seqs.Add(e.GetProperty("seq").GetInt32());
                Assert.Equal("C", e.GetProperty("unit").GetString());
            }

            Assert.Equal(new[] { 3, 4, 5, 6 }, seqs);
            Assert.Equal(-1, json.WriteArray(ring, buffer, 0, buffer.Length - 1));
            Assert.Equal(0, json.WriteLatest(new ReadingRing(1), buffer, 0, buffer.Length));
        }

        [Fact]
        public void TheSimulatedSensorDriftsPlausiblyAndRepeatsWithItsSeed()
        {
            var a = new SimulatedSensor(7);
            var b = new SimulatedSensor(7);
            double previous = SimulatedSensor.DefaultMean, sum = 0;
            const int steps = 100_000;
            for (int i = 0; i < steps; i++)
            {
                double v = a.Read();
                Assert.Equal(v, b.Read());
                Assert.InRange(v, 15.0, 30.0);
                Assert.True(Math.Abs(v - previous) < 0.5, "one step jumped " + (v - previous));
                previous = v;
                sum += v;
            }

            Assert.InRange(sum / steps, 22.3, 22.7);
            Assert.NotEqual(new SimulatedSensor(8).Read(), new SimulatedSensor(7).Read());
            Assert.Throws<ArgumentException>(() => new SimulatedSensor(1, 40, 15, 30));
        }

        private sealed class ScriptedSensor : ISensor
        {
            public double Next = 21.0;
            public string Name => "scripted";
            public string Unit => "C";
            public double Read() => Next;
        }

        [Fact]
        public void TheSamplerRecordsAndPublishesEachValidReading()
        {
            var sensor = new ScriptedSensor();
            var sampler = new SensorSampler(sensor, new SensorBroadcastOptions { RingCapacity = 5 }) { Clock = () => 1732412345123 };
            var published = new List<string>();
            sampler.Published = (bytes, offset, count) => published.Add(Encoding.ASCII.GetString(bytes, offset, count));

            Assert.True(sampler.Sample());
            sensor.Next = double.NaN;
            Assert.False(sampler.Sample());
            sensor.Next = 21.25;
            Assert.True(sampler.Sample());

            Assert.Equal(new[]
            {
                "{\"value\":21.00,\"unit\":\"C\",\"ts\":1732412345123,\"seq\":1}",
                "{\"value\":21.25,\"unit\":\"C\",\"ts\":1732412345123,\"seq\":2}",
            }, published);
            Assert.Equal((2, 1, 2), (sampler.Readings, sampler.Failures, sampler.Ring.Count));
        }

        [Fact]
        public void SamplingAllocatesNothingOnceRunning()
        {
            var sampler = new SensorSampler(new SimulatedSensor(3), new SensorBroadcastOptions()) { Clock = () => 1 };
            long bytes = 0;
            sampler.Published = (b, o, c) => bytes += c;
            for (int i = 0; i < 200; i++)
            {
                sampler.Sample();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10_000; i++)
            {
                sampler.Sample();
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.True(bytes > 0);
        }

        [Fact]
        public void TheTimerSamplesAtTheInterval()
        {
            using var sampler = new SensorSampler(new SimulatedSensor(4), new SensorBroadcastOptions { IntervalMs = 100 });
            using var three = new CountdownEvent(3);
            sampler.Published = (b, o, c) => { if (!three.IsSet) three.Signal(); };
            sampler.Start();
            sampler.Start();
            Assert.True(three.Wait(5000), "three readings within 5 s at a 100 ms interval");
            sampler.Stop();
            Assert.Equal(0, sampler.PublishErrors);
            Assert.Throws<ArgumentOutOfRangeException>(() => new SensorSampler(new SimulatedSensor(1), new SensorBroadcastOptions { IntervalMs = 50 }));
        }

        [Fact]
        public void TimestampsAreUnixMilliseconds()
        {
            long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            Assert.InRange(UnixTime.NowMs(), now - 1000, now + 1000);
        }
    }
}
