// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/DateTime.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public enum DateTimeKind
    {
        Utc = 1,
        [global::System.ObsoleteAttribute("Obsolete in nanoFramework.", true)] Local = 2,
    }

    public struct DateTime
    {
        private ulong _f0;
        public static readonly global::System.DateTime MinValue;
        public static readonly global::System.DateTime MaxValue;
        public static readonly global::System.DateTime UnixEpoch;
        public DateTime(long ticks) { throw null; }
        public DateTime(long ticks, global::System.DateTimeKind kind) { throw null; }
        public DateTime(int year, int month, int day) { throw null; }
        public DateTime(int year, int month, int day, int hour, int minute, int second) { throw null; }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) { throw null; }
        public global::System.DateTime Add(global::System.TimeSpan val) { throw null; }
        public global::System.DateTime AddDays(double val) { throw null; }
        public global::System.DateTime AddHours(double val) { throw null; }
        public global::System.DateTime AddMilliseconds(double val) { throw null; }
        public global::System.DateTime AddMinutes(double val) { throw null; }
        public global::System.DateTime AddSeconds(double val) { throw null; }
        public global::System.DateTime AddTicks(long val) { throw null; }
        public static int Compare(global::System.DateTime t1, global::System.DateTime t2) { throw null; }
        public int CompareTo(object val) { throw null; }
        public static int DaysInMonth(int year, int month) { throw null; }
        public override bool Equals(object obj) { throw null; }
        public static bool Equals(global::System.DateTime t1, global::System.DateTime t2) { throw null; }
        public global::System.DateTime Date { get { throw null; } }
        public int Day { get { throw null; } }
        public global::System.DayOfWeek DayOfWeek { get { throw null; } }
        public int DayOfYear { get { throw null; } }
        public int Hour { get { throw null; } }
        public global::System.DateTimeKind Kind { get { throw null; } }
        public int Millisecond { get { throw null; } }
        public int Minute { get { throw null; } }
        public int Month { get { throw null; } }
        public static global::System.DateTime UtcNow { get { throw null; } }
        public int Second { get { throw null; } }
        public long Ticks { get { throw null; } }
        public global::System.TimeSpan TimeOfDay { get { throw null; } }
        public static global::System.DateTime Today { get { throw null; } }
        public int Year { get { throw null; } }
        public global::System.TimeSpan Subtract(global::System.DateTime val) { throw null; }
        public global::System.DateTime Subtract(global::System.TimeSpan val) { throw null; }
        public override string ToString() { throw null; }
        public string ToString(string format) { throw null; }
        public static global::System.DateTime operator +(global::System.DateTime d, global::System.TimeSpan t) { throw null; }
        public static global::System.DateTime operator -(global::System.DateTime d, global::System.TimeSpan t) { throw null; }
        public static global::System.TimeSpan operator -(global::System.DateTime d1, global::System.DateTime d2) { throw null; }
        public static bool operator ==(global::System.DateTime d1, global::System.DateTime d2) { throw null; }
        public static bool operator !=(global::System.DateTime t1, global::System.DateTime t2) { throw null; }
        public static bool operator <(global::System.DateTime t1, global::System.DateTime t2) { throw null; }
        public static bool operator <=(global::System.DateTime t1, global::System.DateTime t2) { throw null; }
        public static bool operator >(global::System.DateTime t1, global::System.DateTime t2) { throw null; }
        public static bool operator >=(global::System.DateTime t1, global::System.DateTime t2) { throw null; }
        public static global::System.DateTime FromUnixTimeSeconds(long seconds) { throw null; }
        public long ToUnixTimeSeconds() { throw null; }
        public override int GetHashCode() { throw null; }
        public static global::System.DateTime Parse(string s) { throw null; }
        public static bool TryParse(string s, out global::System.DateTime result) { throw null; }
    }
}
