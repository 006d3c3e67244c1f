using nanoFramework.TestFramework;
using Viper.Nano.Rooms;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Core
{
    [TestClass]
    public class OutboxTests
    {
        private static SharedFrame Frame(string text)
        {
            var f = new SharedFrame(32);
            Assert.IsTrue(f.TryClaim());
            byte[] b = Bytes.Ascii(text);
            System.Array.Copy(b, 0, f.Data, 1, b.Length);
            f.Offset = 1;
            f.Length = b.Length;
            return f;
        }

        [TestMethod]
        public static void AWritableSocketGetsTheFrameAtOnce()
        {
            var t = new ChokeTransport(64);
            var box = new Outbox(t, 4, 100, 1000);
            SharedFrame f = Frame("abc");
            Assert.AreEqual(Outbox.Delivered, box.Offer(f));
            Assert.AreEqual("616263", t.Hex());
            Assert.AreEqual(1, f.References, "nothing queued, so only the broadcaster holds it");
        }

        [TestMethod]
        public static void AFullSocketQueuesByReferenceAndDrainsInOrderLater()
        {
            var t = new ChokeTransport(64);
            var box = new Outbox(t, 4, 100, 60000);
            t.Writable = false;
            SharedFrame a = Frame("a");
            SharedFrame b = Frame("b");
            Assert.AreEqual(Outbox.Queued, box.Offer(a));
            Assert.AreEqual(Outbox.Queued, box.Offer(b));
            Assert.AreEqual(2, a.References);
            Assert.AreEqual(2, box.QueuedBytes);
            Assert.AreEqual(0, t.Length);
            t.Writable = true;
            Assert.AreEqual(Outbox.Delivered, box.Pump());
            Assert.AreEqual("6162", t.Hex());
            Assert.AreEqual(1, a.References);
            Assert.AreEqual(0, box.QueuedFrames);
        }

        [TestMethod]
        public static void TheOwnersWriteGoesAfterWhatIsQueued()
        {
            var t = new ChokeTransport(64);
            var box = new Outbox(t, 4, 100, 60000);
            t.Writable = false;
            box.Offer(Frame("q"));
            t.Writable = true;
            Assert.IsTrue(box.Send(Bytes.Ascii("own"), 0, 3));
            Assert.AreEqual("716f776e", t.Hex());
        }

        [TestMethod]
        public static void TheByteBoundAndTheFrameBoundOverflow()
        {
            var t = new ChokeTransport(64);
            t.Writable = false;
            var byBytes = new Outbox(t, 8, 5, 60000);
            Assert.AreEqual(Outbox.Queued, byBytes.Offer(Frame("abc")));
            Assert.AreEqual(Outbox.Overflow, byBytes.Offer(Frame("def")));
            var byFrames = new Outbox(t, 1, 100, 60000);
            Assert.AreEqual(Outbox.Queued, byFrames.Offer(Frame("a")));
            Assert.AreEqual(Outbox.Overflow, byFrames.Offer(Frame("b")));
        }

        [TestMethod]
        public static void AQueueThatDoesNotMoveIsStalled()
        {
            var t = new ChokeTransport(64);
            t.Writable = false;
            var box = new Outbox(t, 8, 100, 0);
            Assert.AreEqual(Outbox.Queued, box.Offer(Frame("a")));
            System.Threading.Thread.Sleep(5);
            Assert.AreEqual(Outbox.Overflow, box.Pump());
            Assert.AreEqual(Outbox.Overflow, box.Offer(Frame("b")));
        }

        [TestMethod]
        public static void AFailedWriteMakesTheOutboxDeadAndAbandonReleasesFrames()
        {
            var t = new ChokeTransport(64);
            var box = new Outbox(t, 4, 100, 60000);
            t.Writable = false;
            SharedFrame f = Frame("a");
            box.Offer(f);
            t.Writable = true;
            t.Broken = true;
            Assert.IsFalse(box.Send(Bytes.Ascii("x"), 0, 1));
            Assert.IsTrue(box.IsDead);
            Assert.AreEqual(Outbox.Dead, box.Offer(Frame("b")));
            box.Abandon();
            Assert.AreEqual(1, f.References);
            Assert.AreEqual(0, box.QueuedFrames);
        }
        [TestMethod]
        public static void QueuedFramesWaitForFlushThenLeaveTogetherInOneSend()
        {
            var t = new ChokeTransport(64);
            var box = new Outbox(t, 4, 100, 60000);
            SharedFrame a = Frame("ab");
            Assert.AreEqual(Outbox.Queued, box.Queue(a));
            Assert.AreEqual(Outbox.Queued, box.Queue(Frame("cd")));
            Assert.AreEqual(0, t.Sends, "queued even though the socket could take it");
            Assert.AreEqual(Outbox.Delivered, box.Flush(new byte[8]));
            Assert.AreEqual(1, t.Sends);
            Assert.AreEqual("61626364", t.Hex());
            Assert.AreEqual(1, a.References);
            Assert.AreEqual(0, box.QueuedBytes);
        }

        [TestMethod]
        public static void AFlushSendsAsManyWholeFramesAsTheBatchHolds()
        {
            var t = new ChokeTransport(64);
            var box = new Outbox(t, 4, 100, 60000);
            box.Queue(Frame("abc"));
            box.Queue(Frame("def"));
            box.Queue(Frame("ghijk"));
            Assert.AreEqual(Outbox.Delivered, box.Flush(new byte[4]));
            Assert.AreEqual(3, t.Sends, "3 + 3 bytes don't fit 4; 5 bytes go alone");
            Assert.AreEqual("6162636465666768696a6b", t.Hex());
        }

        [TestMethod]
        public static void AFlushLeavesFramesAFullSocketCannotTakeQueued()
        {
            var t = new ChokeTransport(64);
            var box = new Outbox(t, 4, 100, 60000);
            box.Queue(Frame("a"));
            t.Writable = false;
            Assert.AreEqual(Outbox.Queued, box.Flush(new byte[8]));
            Assert.AreEqual(0, t.Length);
            t.Writable = true;
            Assert.AreEqual(Outbox.Delivered, box.Pump());
            Assert.AreEqual("61", t.Hex());
        }

        [TestMethod]
        public static void TheQueueBoundsSayWhenAFrameHasNoRoom()
        {
            var t = new ChokeTransport(64);
            var box = new Outbox(t, 2, 4, 60000);
            Assert.IsTrue(box.HasRoomFor(Frame("abc")));
            box.Queue(Frame("abc"));
            Assert.IsFalse(box.HasRoomFor(Frame("de")), "7 bytes are over the 4-byte bound");
            Assert.IsTrue(box.HasRoomFor(Frame("d")));
            box.Queue(Frame("d"));
            Assert.IsFalse(box.HasRoomFor(Frame("")), "2 frames are the frame bound");
            Assert.AreEqual(Outbox.Overflow, box.Queue(Frame("e")));
        }
    }
}
