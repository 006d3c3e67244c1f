// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/TimeSpan.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public struct TimeSpan
    {
        private long _f0;
        public const long TicksPerMillisecond = 10000L;
        public const long TicksPerSecond = 10000000L;
        public const long TicksPerMinute = 600000000L;
        public const long TicksPerHour = 36000000000L;
        public const long TicksPerDay = 864000000000L;
        public static readonly global::System.TimeSpan Zero;
        public static readonly global::System.TimeSpan MaxValue;
        public static readonly global::System.TimeSpan MinValue;
        public TimeSpan(long ticks) { throw null; }
        public TimeSpan(int hours, int minutes, int seconds) { throw null; }
        public TimeSpan(int days, int hours, int minutes, int seconds) { throw null; }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) { throw null; }
        public long Ticks { get { throw null; } }
        public int Days { get { throw null; } }
        public int Hours { get { throw null; } }
        public int Milliseconds { get { throw null; } }
        public int Minutes { get { throw null; } }
        public int Seconds { get { throw null; } }
        public double TotalDays { get { throw null; } }
        public double TotalHours { get { throw null; } }
        public double TotalMilliseconds { get { throw null; } }
        public double TotalMinutes { get { throw null; } }
        public double TotalSeconds { get { throw null; } }
        public global::System.TimeSpan Add(global::System.TimeSpan ts) { throw null; }
        public static int Compare(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public int CompareTo(object value) { throw null; }
        public global::System.TimeSpan Duration() { throw null; }
        public override bool Equals(object value) { throw null; }
        public static bool Equals(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public global::System.TimeSpan Negate() { throw null; }
        public global::System.TimeSpan Subtract(global::System.TimeSpan ts) { throw null; }
        public static global::System.TimeSpan FromTicks(long value) { throw null; }
        public static global::System.TimeSpan FromMilliseconds(long value) { throw null; }
        public static global::System.TimeSpan FromSeconds(long value) { throw null; }
        public static global::System.TimeSpan FromMinutes(long value) { throw null; }
        public static global::System.TimeSpan FromHours(long value) { throw null; }
        public static global::System.TimeSpan FromDays(long value) { throw null; }
        public override string ToString() { throw null; }
        public static global::System.TimeSpan operator -(global::System.TimeSpan t) { throw null; }
        public static global::System.TimeSpan operator -(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public static global::System.TimeSpan operator +(global::System.TimeSpan t) { throw null; }
        public static global::System.TimeSpan operator +(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public static bool operator ==(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public static bool operator !=(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public static bool operator <(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public static bool operator <=(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public static bool operator >(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public static bool operator >=(global::System.TimeSpan t1, global::System.TimeSpan t2) { throw null; }
        public override int GetHashCode() { throw null; }
    }
}
