using nanoFramework.TestFramework;
using Viper.Nano.Sse;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Sse
{
    [TestClass]
    public class SseReplayRingTests
    {
        private static string At(SseReplayRing ring, int index)
        {
            return System.Text.Encoding.UTF8.GetString(ring.Store, ring.OffsetAt(index), ring.LengthAt(index));
        }

        private static void Add(SseReplayRing ring, long id, string text)
        {
            byte[] b = Bytes.Ascii(text);
            ring.Add(id, b, 0, b.Length);
        }

        [TestMethod]
        public static void ReplaysExactlyTheEventsAfterTheLastSeenId()
        {
            var ring = new SseReplayRing(100, 8);
            Add(ring, 1, "one");
            Add(ring, 2, "two");
            Add(ring, 5, "five");
            int i = ring.IndexAfter(2);
            Assert.AreEqual(2, i);
            Assert.AreEqual("five", At(ring, i));
            Assert.AreEqual(ring.Count, ring.IndexAfter(5));
            Assert.AreEqual(0, ring.IndexAfter(-1));
            Assert.IsFalse(ring.HasGapAfter(0));
        }

        [TestMethod]
        public static void TheOldestEventsMakeRoomAndTheGapIsReported()
        {
            var ring = new SseReplayRing(10, 8);
            Add(ring, 1, "aaaa");
            Add(ring, 2, "bbbb");
            Add(ring, 3, "cccc"); // does not fit after bbbb: wraps to 0 and evicts aaaa
            Assert.AreEqual(2, ring.Count);
            Assert.AreEqual(2L, ring.OldestId);
            Assert.AreEqual("bbbb", At(ring, 0));
            Assert.AreEqual("cccc", At(ring, 1));
            Assert.IsTrue(ring.HasGapAfter(0));
            Assert.IsFalse(ring.HasGapAfter(1));
        }

        [TestMethod]
        public static void TheEventCountIsCappedToo()
        {
            var ring = new SseReplayRing(100, 2);
            Add(ring, 1, "a");
            Add(ring, 2, "b");
            Add(ring, 3, "c");
            Assert.AreEqual(2, ring.Count);
            Assert.AreEqual("b", At(ring, 0));
            Assert.AreEqual(3L, ring.NewestId);
        }

        [TestMethod]
        public static void ManyWrapsKeepEveryHeldEventIntact()
        {
            var ring = new SseReplayRing(23, 4);
            for (int id = 1; id <= 200; id++)
            {
                Add(ring, id, "event-" + id);
                for (int k = 0; k < ring.Count; k++)
                {
                    Assert.AreEqual("event-" + ring.IdAt(k), At(ring, k));
                }
            }

            Assert.AreEqual(200L, ring.NewestId);
        }

        [TestMethod]
        public static void AnEventLargerThanTheStoreIsNotKeptAndMarksAGap()
        {
            var ring = new SseReplayRing(4, 4);
            Add(ring, 1, "ab");
            Assert.IsFalse(ring.Add(2, new byte[5], 0, 5));
            Assert.AreEqual(0, ring.Count);
            Assert.IsTrue(ring.HasGapAfter(1));
        }
    }
}
