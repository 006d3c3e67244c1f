using System;

namespace Viper.Nano
{
    public partial class ServerOptions
    {
        // What a WebSocket frame and an SSE event add around a broadcast payload
        // (ConnectionManager.FrameOverhead): a frame of the pool is MaxBroadcastSize + 48 bytes.
        private const int BroadcastFrameOverhead = 48;

        // Under lwIP's send low-water mark on nanoFramework's ESP32 builds (about 2.9 KB), a
        // socket reported writable takes a whole broadcast frame at once (see MaxBroadcastSize).
        private const int MaxBroadcastLimit = 2800;

        // Two client frame headers of 14 bytes stay in front of and behind a message assembled
        // in the receive buffer (WebSockets.MessageReader.Capacity).
        private const int MessageHeaderRoom = 28;

        // A response head with its status line and framing headers, and a Close frame with
        // its 125-byte payload (RFC 6455 5.5), must fit the send buffer.
        private const int MinSendBuffer = 128;

        // The shortest request line and Host header a receive buffer must hold.
        private const int MinReceiveBuffer = 64;

        /// <summary>
        /// Checks every option and how they relate; ViperServer.Start calls it before it allocates
        /// anything. Throws ArgumentException whose message names the option, its value and the
        /// rule (ParamName is the option's name). Nothing is adjusted: a value either is valid or
        /// the server does not start.
        /// </summary>
        public void Validate()
        {
            Range("Port", Port, 0, 65535);
            // A room is a 32-bit mask of connection slots (Rooms.RoomTable); a server without
            // rooms (MaxRooms 0) is not bound by it.
            AtLeast("MaxRooms", MaxRooms, 0);
            if (MaxRooms > 0) Range("MaxConnections", MaxConnections, 1, 32, "32 (a room is a 32-bit mask of slots; MaxRooms 0 lifts this)");
            else AtLeast("MaxConnections", MaxConnections, 1);
            AtLeast("WorkerThreads", WorkerThreads, 1);
            AtLeast("MemoryReserveBytes", MemoryReserveBytes, 0);
            AtLeast("ReceiveBufferSize", ReceiveBufferSize, MinReceiveBuffer);
            AtLeast("SendBufferSize", SendBufferSize, MinSendBuffer);
            AtLeast("ListenBacklog", ListenBacklog, 1);

            // HTTP: the head is parsed in place in the receive buffer.
            Range("MaxRequestHeadSize", MaxRequestHeadSize, 16, ReceiveBufferSize, "ReceiveBufferSize");
            Range("MaxUriLength", MaxUriLength, 1, MaxRequestHeadSize, "MaxRequestHeadSize");
            AtLeast("MaxHeaders", MaxHeaders, 1);
            AtLeast("MaxBodySize", MaxBodySize, 0);
            AtLeast("MaxRequestsPerConnection", MaxRequestsPerConnection, 0);
            AtLeast("HeadTimeoutMs", HeadTimeoutMs, 1);
            AtLeast("BodyTimeoutMs", BodyTimeoutMs, 1);
            AtLeast("IdleTimeoutMs", IdleTimeoutMs, 1);
            AtLeast("SendTimeoutMs", SendTimeoutMs, 1);
            AtLeast("LingerMs", LingerMs, 0);
            AtLeast("StopTimeoutMs", StopTimeoutMs, 0);

            // WebSocket: a message is assembled in the receive buffer.
            Range("MaxMessageSize", MaxMessageSize, 1, ReceiveBufferSize - MessageHeaderRoom, "ReceiveBufferSize - 28");
            AtLeast("PingIntervalMs", PingIntervalMs, 0);
            AtLeast("PongTimeoutMs", PongTimeoutMs, 0);
            AtLeast("CloseTimeoutMs", CloseTimeoutMs, 1);
            AtLeast("FrameTimeoutMs", FrameTimeoutMs, 0);
            AtLeast("MessageTimeoutMs", MessageTimeoutMs, 0);
            if (FrameTimeoutMs > 0 && MessageTimeoutMs > 0)
            {
                // A frame is part of a message: its deadline cannot be the later one.
                Range("FrameTimeoutMs", FrameTimeoutMs, 1, MessageTimeoutMs, "MessageTimeoutMs");
            }

            // Rooms and broadcast: a relay of any message received must fit one broadcast.
            Range("MaxBroadcastSize", MaxBroadcastSize, MaxMessageSize, MaxBroadcastLimit, "MaxMessageSize", "2800 (lwIP's send low-water mark)");
            int frame = MaxBroadcastSize + BroadcastFrameOverhead;
            AtLeast("BroadcastPoolFrames", BroadcastPoolFrames, 1);
            AtLeast("BroadcastBatchBytes", BroadcastBatchBytes, frame, "MaxBroadcastSize + 48");
            AtLeast("MemberQueueBytes", MemberQueueBytes, frame, "MaxBroadcastSize + 48");
            AtLeast("PumpIntervalMs", PumpIntervalMs, 1);
            // The pump must get a few chances to move a queue before the member counts as stalled.
            AtLeast("SlowMemberTimeoutMs", SlowMemberTimeoutMs, PumpIntervalMs + 1, "PumpIntervalMs + 1");
            if (!IsSendableCloseCode(SlowMemberCloseCode))
            {
                throw Fail("SlowMemberCloseCode", SlowMemberCloseCode, "must be a close code that may be sent (RFC 6455 7.4), such as 1008 or 1013");
            }

            AtLeast("SseReplayBytes", SseReplayBytes, 0);
            AtLeast("SseReplayEvents", SseReplayEvents, 0);
            AtLeast("SseHeartbeatMs", SseHeartbeatMs, 0);
            AtLeast("SseRetryMs", SseRetryMs, 0);

            // Security.
            if (Credentials == null) throw new ArgumentException("ServerOptions.Credentials must not be null (an empty Credentials refuses everyone)", "Credentials");
            AtLeast("MaxConnectionsPerAddress", MaxConnectionsPerAddress, 0);
            AtLeast("RatePerSecond", RatePerSecond, 0);
            if (RatePerSecond > 0)
            {
                AtLeast("RateBurst", RateBurst, 1);
                AtLeast("RateTableSize", RateTableSize, 1);
            }

            AtLeast("AuthFailureBurst", AuthFailureBurst, 0);
            if (AuthFailureBurst > 0) AtLeast("AuthFailureRefillMs", AuthFailureRefillMs, 1);
            AtLeast("CorsMaxAgeSeconds", CorsMaxAgeSeconds, 0);
        }

        // A close code an endpoint may put on the wire (RFC 6455 section 7.4.1 and the IANA
        // registry of 7.4.2; 3000-4999 for libraries and applications). Kept here rather than
        // borrowed from WebSockets.CloseStatus: options sit below the codecs.
        private static bool IsSendableCloseCode(int code)
        {
            return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
        }

        private static void AtLeast(string name, int value, int min)
        {
            if (value < min) throw Fail(name, value, "must be at least " + min);
        }

        private static void AtLeast(string name, int value, int min, string minName)
        {
            if (value < min) throw Fail(name, value, "must be at least " + minName + " (" + min + ")");
        }

        private static void Range(string name, int value, int min, int max)
        {
            if (value < min || value > max) throw Fail(name, value, "must be from " + min + " to " + max);
        }

        private static void Range(string name, int value, int min, int max, string maxName)
        {
            if (value < min) throw Fail(name, value, "must be at least " + min);
            if (value > max) throw Fail(name, value, "must be at most " + maxName + " (" + max + ")");
        }

        private static void Range(string name, int value, int min, int max, string minName, string maxName)
        {
            if (value < min) throw Fail(name, value, "must be at least " + minName + " (" + min + ")");
            if (value > max) throw Fail(name, value, "must be at most " + maxName);
        }

        private static ArgumentException Fail(string name, int value, string rule)
        {
            return new ArgumentException("ServerOptions." + name + " is " + value + ": it " + rule, name);
        }
    }
}
