using System;
using nanoFramework.TestFramework;
using Viper.Nano.Server;

namespace Viper.Nano.Tests.Core
{
    [TestClass]
    public class ServerOptionsTests
    {
        private static readonly ServerOptions Defaults = new ServerOptions();

        [TestMethod]
        public static void ListensOnPort80ByDefault()
        {
            Assert.AreEqual(80, Defaults.Port);
        }

        // lwIP gives nanoFramework's ESP32 builds 16 sockets, and the listener holds one of them.
        [TestMethod]
        public static void DefaultConnectionSlotsFitTheSocketsTheEsp32Has()
        {
            Assert.IsTrue(Defaults.MaxConnections >= 1, "at least one connection slot");
            Assert.IsTrue(Defaults.MaxConnections <= 15, "at most 15 slots: lwIP has 16 sockets and the listener uses one");
        }

        // A request head (RFC 9112 section 2.1) with a WebSocket upgrade's headers runs to a few
        // hundred bytes; less than 512 would refuse ordinary browsers.
        [TestMethod]
        public static void DefaultBuffersHoldAnOrdinaryRequestHead()
        {
            Assert.IsTrue(Defaults.ReceiveBufferSize >= 512, "receive buffer >= 512 bytes");
            Assert.IsTrue(Defaults.SendBufferSize >= 512, "send buffer >= 512 bytes");
        }

        // Issue 15, item 3: options were checked field by field in three places, and some caps
        // were lowered silently. Validate checks them all, and their relations, by name.
        [TestMethod]
        public static void TheDefaultsPassTheCheck()
        {
            new ServerOptions().Validate();
        }

        private static ServerOptions With(string option, int value)
        {
            var o = new ServerOptions();
            switch (option)
            {
                case "Port": o.Port = value; break;
                case "MaxConnections": o.MaxConnections = value; break;
                case "ReceiveBufferSize": o.ReceiveBufferSize = value; break;
                case "SendBufferSize": o.SendBufferSize = value; break;
                case "MaxRequestHeadSize": o.MaxRequestHeadSize = value; break;
                case "MaxUriLength": o.MaxUriLength = value; break;
                case "MaxHeaders": o.MaxHeaders = value; break;
                case "MaxBodySize": o.MaxBodySize = value; break;
                case "MaxMessageSize": o.MaxMessageSize = value; break;
                case "MaxBroadcastSize": o.MaxBroadcastSize = value; break;
                case "BroadcastPoolFrames": o.BroadcastPoolFrames = value; break;
                case "BroadcastBatchBytes": o.BroadcastBatchBytes = value; break;
                case "MemberQueueBytes": o.MemberQueueBytes = value; break;
                case "MaxRooms": o.MaxRooms = value; break;
                case "PumpIntervalMs": o.PumpIntervalMs = value; break;
                case "SlowMemberTimeoutMs": o.SlowMemberTimeoutMs = value; break;
                case "SlowMemberCloseCode": o.SlowMemberCloseCode = value; break;
                case "HeadTimeoutMs": o.HeadTimeoutMs = value; break;
                case "BodyTimeoutMs": o.BodyTimeoutMs = value; break;
                case "IdleTimeoutMs": o.IdleTimeoutMs = value; break;
                case "SendTimeoutMs": o.SendTimeoutMs = value; break;
                case "CloseTimeoutMs": o.CloseTimeoutMs = value; break;
                case "PingIntervalMs": o.PingIntervalMs = value; break;
                case "PongTimeoutMs": o.PongTimeoutMs = value; break;
                case "FrameTimeoutMs": o.FrameTimeoutMs = value; break;
                case "MessageTimeoutMs": o.MessageTimeoutMs = value; break;
                case "LingerMs": o.LingerMs = value; break;
                case "ListenBacklog": o.ListenBacklog = value; break;
                case "MaxConnectionsPerAddress": o.MaxConnectionsPerAddress = value; break;
                case "RatePerSecond": o.RatePerSecond = value; break;
                case "RateBurst": o.RateBurst = value; break;
                case "RateTableSize": o.RateTableSize = value; break;
                case "AuthFailureBurst": o.AuthFailureBurst = value; break;
                case "AuthFailureRefillMs": o.AuthFailureRefillMs = value; break;
                case "SseReplayBytes": o.SseReplayBytes = value; break;
                case "SseHeartbeatMs": o.SseHeartbeatMs = value; break;
                case "CorsMaxAgeSeconds": o.CorsMaxAgeSeconds = value; break;
                default: throw new ArgumentException("unknown option in the test: " + option);
            }

            return o;
        }

        private static void AssertRefused(ServerOptions o, string option, string rule)
        {
            try
            {
                o.Validate();
            }
            catch (ArgumentException e)
            {
                Assert.AreEqual(option, e.ParamName);
                Assert.IsTrue(e.Message.IndexOf("ServerOptions." + option) >= 0, "names the option: " + e.Message);
                Assert.IsTrue(e.Message.IndexOf(rule) >= 0, "states the rule '" + rule + "': " + e.Message);
                return;
            }

            Assert.IsTrue(false, option + " was accepted");
        }

        [DataRow("Port", -1, "from 0 to 65535")]
        [DataRow("Port", 65536, "from 0 to 65535")]
        [DataRow("MaxConnections", 0, "at least 1")]
        [DataRow("MaxConnections", 33, "32-bit mask")]
        [DataRow("ReceiveBufferSize", 32, "at least 64")]
        [DataRow("SendBufferSize", 100, "at least 128")]
        [DataRow("MaxRequestHeadSize", 2048, "at most ReceiveBufferSize (1024)")]
        [DataRow("MaxUriLength", 0, "at least 1")]
        [DataRow("MaxHeaders", 0, "at least 1")]
        [DataRow("MaxBodySize", -1, "at least 0")]
        [DataRow("MaxMessageSize", 0, "at least 1")]
        [DataRow("MaxMessageSize", 997, "at most ReceiveBufferSize - 28 (996)")]
        [DataRow("MaxBroadcastSize", 127, "at least MaxMessageSize (128)")]
        [DataRow("MaxBroadcastSize", 2801, "at most 2800")]
        [DataRow("BroadcastPoolFrames", 0, "at least 1")]
        [DataRow("BroadcastBatchBytes", 847, "at least MaxBroadcastSize + 48 (848)")]
        [DataRow("MemberQueueBytes", 847, "at least MaxBroadcastSize + 48 (848)")]
        [DataRow("MaxRooms", -1, "at least 0")]
        [DataRow("PumpIntervalMs", 0, "at least 1")]
        [DataRow("SlowMemberTimeoutMs", 100, "at least PumpIntervalMs + 1 (101)")]
        [DataRow("SlowMemberCloseCode", 1006, "close code that may be sent")]
        [DataRow("HeadTimeoutMs", 0, "at least 1")]
        [DataRow("BodyTimeoutMs", 0, "at least 1")]
        [DataRow("IdleTimeoutMs", -5, "at least 1")]
        [DataRow("SendTimeoutMs", 0, "at least 1")]
        [DataRow("CloseTimeoutMs", 0, "at least 1")]
        [DataRow("PingIntervalMs", -1, "at least 0")]
        [DataRow("PongTimeoutMs", -1, "at least 0")]
        [DataRow("FrameTimeoutMs", -1, "at least 0")]
        [DataRow("FrameTimeoutMs", 15001, "at most MessageTimeoutMs (15000)")]
        [DataRow("MessageTimeoutMs", -1, "at least 0")]
        [DataRow("LingerMs", -1, "at least 0")]
        [DataRow("ListenBacklog", 0, "at least 1")]
        [DataRow("MaxConnectionsPerAddress", -1, "at least 0")]
        [DataRow("RatePerSecond", -1, "at least 0")]
        [DataRow("RateBurst", 0, "at least 1")]
        [DataRow("RateTableSize", 0, "at least 1")]
        [DataRow("AuthFailureBurst", -1, "at least 0")]
        [DataRow("AuthFailureRefillMs", 0, "at least 1")]
        [DataRow("SseReplayBytes", -1, "at least 0")]
        [DataRow("SseHeartbeatMs", -1, "at least 0")]
        [DataRow("CorsMaxAgeSeconds", -1, "at least 0")]
        public static void EachRuleNamesTheOptionAndTheRule(string option, int value, string rule)
        {
            AssertRefused(With(option, value), option, rule);
        }

        [TestMethod]
        public static void RelationsFollowTheOptionsTheyDependOn()
        {
            ServerOptions o = With("ReceiveBufferSize", 256);
            o.MaxRequestHeadSize = 256;
            AssertRefused(o, "MaxUriLength", "at most MaxRequestHeadSize (256)");
            o.MaxUriLength = 200;
            o.MaxMessageSize = 228;
            o.Validate();
            o.MaxMessageSize = 229;
            AssertRefused(o, "MaxMessageSize", "at most ReceiveBufferSize - 28 (228)");

            o = With("MaxMessageSize", 996);
            AssertRefused(o, "MaxBroadcastSize", "at least MaxMessageSize (996)");
            o.MaxBroadcastSize = 996;
            AssertRefused(o, "BroadcastBatchBytes", "at least MaxBroadcastSize + 48 (1044)");
            o.BroadcastBatchBytes = 1044;
            o.Validate();

            o = With("FrameTimeoutMs", 0);
            o.Validate();
            o.MessageTimeoutMs = 0;
            o.FrameTimeoutMs = 60000;
            o.Validate();
        }

        [TestMethod]
        public static void MoreThan32SlotsNeedAServerWithoutRooms()
        {
            ServerOptions o = With("MaxConnections", 100);
            o.MaxConnectionsPerAddress = 0;
            AssertRefused(o, "MaxConnections", "32");
            o.MaxRooms = 0;
            o.Validate();
        }

        [TestMethod]
        public static void ARateOfZeroNeedsNoBurstOrTable()
        {
            ServerOptions o = With("RatePerSecond", 0);
            o.RateBurst = 0;
            o.RateTableSize = 0;
            o.Validate();
        }

        [TestMethod]
        public static void NullCredentialsAreRefused()
        {
            var o = new ServerOptions();
            o.Credentials = null;
            try
            {
                o.Validate();
            }
            catch (ArgumentException e)
            {
                Assert.AreEqual("Credentials", e.ParamName);
                return;
            }

            Assert.IsTrue(false, "null Credentials accepted");
        }

        // What a client may send, the guide's chat relays to the room: a message of MaxMessageSize
        // bytes, each a control character escaped as \u00XX, inside {"user":"anon","text":""}.
        [TestMethod]
        public static void TheDefaultBroadcastHoldsTheWorstCaseChatPostOfTheLargestMessage()
        {
            int post = Viper.Nano.Text.JsonEscape.MaxExpansion * Defaults.MaxMessageSize + "{\"user\":\"anon\",\"text\":\"\"}".Length;
            Assert.IsTrue(post <= Defaults.MaxBroadcastSize, post + " > " + Defaults.MaxBroadcastSize);
            Assert.IsTrue(Defaults.MaxMessageSize <= Defaults.MaxBroadcastSize);
        }
    }
}
