using System;
using nanoFramework.TestFramework;
using Viper.Nano.Rooms;
using Viper.Nano.Server;
using Viper.Nano.Tests.Support;

namespace Viper.Nano.Tests.Rooms
{
    [TestClass]
    public class ConnectionManagerTests
    {
        private static ConnectionManager NewManager()
        {
            var o = new ServerOptions();
            o.MaxConnections = 4;
            o.MaxRooms = 2;
            o.BroadcastPoolFrames = 3;
            return new ConnectionManager(o);
        }

        [TestMethod]
        public static void ABroadcastIsOneUnmaskedTextFrameForEveryWebSocketMember()
        {
            var m = NewManager();
            var a = new FakeMember(0, MemberKind.WebSocket);
            var b = new FakeMember(2, MemberKind.WebSocket);
            m.Connect(a);
            m.Connect(b, "general");
            Assert.AreEqual(2, m.BroadcastText("Hello"));
            // RFC 6455 5.7: a single-frame unmasked text message "Hello".
            Assert.AreEqual("810548656c6c6f", a.Transport.Hex());
            Assert.AreEqual("810548656c6c6f", b.Transport.Hex());
            Assert.AreEqual(1, m.Stats.Broadcasts);
            Assert.AreEqual(2, m.Stats.MessagesSent);
        }

        [TestMethod]
        public static void ARoomBroadcastReachesOnlyItsMembers()
        {
            var m = NewManager();
            var a = new FakeMember(0, MemberKind.WebSocket);
            var b = new FakeMember(1, MemberKind.WebSocket);
            m.Connect(a, "general");
            m.Connect(b);
            Assert.AreEqual(1, m.BroadcastText("x", "general"));
            Assert.AreEqual(0, b.Transport.Length);
            Assert.AreEqual(0, m.BroadcastText("x", "nobody-here"));
            m.JoinRoom(b, "general");
            Assert.AreEqual(2, m.RoomMemberCount("general"));
            m.LeaveRoom(a, "general");
            Assert.AreEqual(1, m.BroadcastText("y", "general"));
            Assert.AreEqual("810178", a.Transport.Hex());
        }

        [TestMethod]
        public static void ARelayReachesEveryMemberButTheSender()
        {
            var m = NewManager();
            var sender = new FakeMember(0, MemberKind.WebSocket);
            var b = new FakeMember(1, MemberKind.WebSocket);
            var c = new FakeMember(3, MemberKind.WebSocket);
            m.Connect(sender, "general");
            m.Connect(b, "general");
            m.Connect(c, "general");
            byte[] hi = new byte[] { 0x68, 0x69 };
            Assert.AreEqual(2, m.BroadcastText(hi, 0, 2, "general", sender));
            Assert.AreEqual(0, sender.Transport.Length);
            Assert.AreEqual("81026869", b.Transport.Hex());
            Assert.AreEqual(2, m.BroadcastBytes(hi, 1, 1, "general", b));
            Assert.AreEqual("820169", sender.Transport.Hex());
            Assert.AreEqual("81026869820169", c.Transport.Hex());
        }

        [TestMethod]
        public static void AnExceptThatIsNotAMemberExcludesNobody()
        {
            var m = NewManager();
            var a = new FakeMember(0, MemberKind.WebSocket);
            var stale = new FakeMember(0, MemberKind.WebSocket);
            m.Connect(a);
            Assert.AreEqual(1, m.BroadcastText(new byte[] { 0x78 }, 0, 1, null, stale));
            Assert.AreEqual("810178", a.Transport.Hex());
        }

        [TestMethod]
        public static void SseMembersGetTheSameBroadcastAsAnEvent()
        {
            var m = NewManager();
            var ws = new FakeMember(0, MemberKind.WebSocket);
            var sse = new FakeMember(1, MemberKind.Sse);
            m.Connect(ws, "sensors");
            m.Connect(sse, "sensors");
            m.BroadcastText("{\"v\":1}", "sensors");
            Assert.AreEqual("id: 1\ndata: {\"v\":1}\n\n", sse.Received());
            Assert.AreEqual("8107", ws.Transport.Hex().Substring(0, 4));
            Assert.AreEqual(1, m.BroadcastBytes(new byte[] { 1 }, 0, 1, "sensors"), "bytes skip SSE members");
        }

        [TestMethod]
        public static void ASubscriberReconnectingWithLastEventIdGetsExactlyWhatItMissed()
        {
            var m = NewManager();
            var first = new FakeMember(1, MemberKind.Sse);
            m.Subscribe(first, "sensors", -1);
            m.BroadcastText("one", "sensors");
            m.Disconnect(first);
            m.BroadcastText("two", "sensors");
            m.BroadcastText("three", "sensors");
            var again = new FakeMember(1, MemberKind.Sse);
            Assert.AreEqual(2, m.Subscribe(again, "sensors", 1));
            Assert.AreEqual("id: 2\ndata: two\n\nid: 3\ndata: three\n\n", again.Received());
        }

        [TestMethod]
        public static void ASlowMemberIsDroppedAndTheOthersKeepReceiving()
        {
            var m = NewManager();
            var slow = new FakeMember(0, MemberKind.WebSocket);
            var fast = new FakeMember(1, MemberKind.WebSocket);
            m.Connect(slow, "r");
            m.Connect(fast, "r");
            slow.Transport.Writable = false;
            for (int i = 0; i < 10; i++) m.BroadcastText("tick", "r");
            Assert.AreEqual(1008, slow.EvictedWith);
            Assert.IsFalse(m.IsMember(slow));
            Assert.AreEqual(10 * 6, fast.Transport.Length);
            Assert.AreEqual(1, m.Stats.DroppedSlow);
            Assert.AreEqual(0, m.Stats.BroadcastsLost);
        }

        [TestMethod]
        public static void ADeadMemberLeavesEveryRoomByItself()
        {
            var m = NewManager();
            var a = new FakeMember(0, MemberKind.WebSocket);
            m.Connect(a, "r");
            a.Transport.Broken = true;
            Assert.AreEqual(0, m.BroadcastText("x", "r"));
            Assert.AreEqual(0, m.MemberCount);
            Assert.AreEqual(1, m.Stats.DroppedDead);
        }

        [TestMethod]
        public static void AStaleHandleCannotTouchTheNextConnectionInItsSlot()
        {
            var m = NewManager();
            var old = new FakeMember(3, MemberKind.WebSocket);
            m.Connect(old, "r");
            var next = new FakeMember(3, MemberKind.WebSocket);
            m.Connect(next, "r");
            m.Disconnect(old);
            m.LeaveRoom(old, "r");
            Assert.IsTrue(m.IsMember(next));
            Assert.AreEqual(1, m.RoomMemberCount("r"));
        }

        [TestMethod]
        public static void GoingPastTheRoomCapIsAClearError()
        {
            var m = NewManager();
            var a = new FakeMember(0, MemberKind.WebSocket);
            m.Connect(a, "one");
            m.JoinRoom(a, "two");
            Assert.ThrowsException(typeof(InvalidOperationException), () => m.JoinRoom(a, "three"));
            m.Disconnect(a);
            m.Connect(a, "three");
            Assert.AreEqual(1, m.RoomMemberCount("three"));
        }

        // Issue 15, item 1: a broadcast over MaxBroadcastSize threw into the handler (which then
        // closed its own client with 1011). It is now a result: nothing sent, nobody closed,
        // counted in the stats.
        [TestMethod]
        public static void ABroadcastOverTheSizeCapIsRefusedWithAResultNotAnException()
        {
            var m = NewManager();
            var a = new FakeMember(0, MemberKind.WebSocket);
            m.Connect(a, "r");
            int over = new ServerOptions().MaxBroadcastSize + 1;
            Assert.AreEqual(BroadcastResult.TooLarge, m.BroadcastBytes(new byte[over], 0, over, null));
            Assert.AreEqual(BroadcastResult.TooLarge, m.BroadcastText(new byte[over], 0, over, "r", null));
            Assert.AreEqual(BroadcastResult.TooLarge, m.QueueText(new byte[over], 0, over, "r", null));
            Assert.AreEqual(BroadcastResult.TooLarge, m.QueueBytes(new byte[over], 0, over, "r", null));
            Assert.AreEqual(BroadcastResult.TooLarge, m.BroadcastText(new string('x', over), "r"));
            Assert.AreEqual(BroadcastResult.TooLarge, m.BroadcastText(new string('\u00e9', over / 2 + 1)), "counted in UTF-8 bytes");
            Assert.IsFalse(BroadcastResult.Sent(BroadcastResult.TooLarge));
            Assert.AreEqual(6, m.Stats.BroadcastsTooLarge);
            Assert.AreEqual(0, m.Stats.Broadcasts);
            Assert.AreEqual("", a.Received(), "nothing was sent");
            Assert.AreEqual(0, a.EvictedWith, "nobody was closed");
            Assert.IsTrue(m.IsMember(a));
            Assert.AreEqual(1, m.BroadcastText("fits", "r"), "the next broadcast goes out as usual");
        }

        [TestMethod]
        public static void ABroadcastOfExactlyTheCapIsSent()
        {
            var m = NewManager();
            var a = new FakeMember(0, MemberKind.WebSocket);
            m.Connect(a, "r");
            int cap = new ServerOptions().MaxBroadcastSize;
            Assert.AreEqual(1, m.BroadcastBytes(new byte[cap], 0, cap, "r"));
            Assert.AreEqual(0, m.Stats.BroadcastsTooLarge);
        }
        [TestMethod]
        public static void QueuedBroadcastsLeaveOnFlushInOneSendPerMember()
        {
            var m = NewManager();
            var sender = new FakeMember(0, MemberKind.WebSocket);
            var b = new FakeMember(1, MemberKind.WebSocket);
            var c = new FakeMember(2, MemberKind.WebSocket);
            m.Connect(sender, "r");
            m.Connect(b, "r");
            m.Connect(c, "r");
            byte[] hi = new byte[] { 0x68, 0x69 };
            Assert.AreEqual(2, m.QueueText(hi, 0, 2, "r", sender));
            Assert.AreEqual(2, m.QueueBytes(hi, 1, 1, "r", sender));
            Assert.AreEqual(0, b.Transport.Length);
            Assert.IsTrue(m.HasQueued);
            m.Flush();
            Assert.IsFalse(m.HasQueued);
            Assert.AreEqual(1, b.Transport.Sends);
            Assert.AreEqual("81026869820169", b.Transport.Hex());
            Assert.AreEqual("81026869820169", c.Transport.Hex());
            Assert.AreEqual(0, sender.Transport.Length);
            Assert.AreEqual(4, m.Stats.MessagesSent);
        }

        [TestMethod]
        public static void QueueingMoreThanThePoolHoldsFlushesInsteadOfDroppingAnyone()
        {
            var m = NewManager();
            var a = new FakeMember(0, MemberKind.WebSocket);
            m.Connect(a, "r");
            byte[] x = new byte[] { 0x78 };
            for (int i = 0; i < 10; i++) Assert.AreEqual(1, m.QueueText(x, 0, 1, "r", null));
            m.Flush();
            Assert.IsTrue(m.IsMember(a));
            Assert.AreEqual(0, m.Stats.DroppedSlow);
            Assert.AreEqual(10 * 3, a.Transport.Length);
            Assert.IsTrue(a.Transport.Sends < 10, "several frames per send");
        }

        [TestMethod]
        public static void AQueuedBroadcastToAStuckMemberStaysQueuedAndTheOthersGetIt()
        {
            var m = NewManager();
            var stuck = new FakeMember(0, MemberKind.WebSocket);
            var fine = new FakeMember(1, MemberKind.WebSocket);
            m.Connect(stuck, "r");
            m.Connect(fine, "r");
            stuck.Transport.Writable = false;
            m.QueueText(new byte[] { 0x61 }, 0, 1, "r", null);
            m.Flush();
            Assert.AreEqual("810161", fine.Transport.Hex());
            Assert.AreEqual(1, stuck.Outbox.QueuedFrames);
            Assert.IsTrue(m.HasQueued, "the stuck member is tried again on the next flush");
            stuck.Transport.Writable = true;
            m.Flush();
            Assert.AreEqual("810161", stuck.Transport.Hex());
        }
    }
}
