// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Globalization/DateTimeFormatInfo.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Globalization
{
    public sealed class DateTimeFormatInfo
    {
        public static global::System.Globalization.DateTimeFormatInfo CurrentInfo { get { throw null; } }
        public string AMDesignator { get { throw null; } }
        public string DateSeparator { get { throw null; } }
        public string FullDateTimePattern { get { throw null; } }
        public string LongDatePattern { get { throw null; } }
        public string LongTimePattern { get { throw null; } }
        public string MonthDayPattern { get { throw null; } }
        public string PMDesignator { get { throw null; } }
        public string RFC1123Pattern { get { throw null; } }
        public string ShortDatePattern { get { throw null; } }
        public string ShortTimePattern { get { throw null; } }
        public string SortableDateTimePattern { get { throw null; } }
        public string TimeSeparator { get { throw null; } }
        public string UniversalSortableDateTimePattern { get { throw null; } }
        public string YearMonthPattern { get { throw null; } }
        public string[] AbbreviatedDayNames { get { throw null; } }
        public string[] DayNames { get { throw null; } }
        public string[] AbbreviatedMonthNames { get { throw null; } }
        public string[] MonthNames { get { throw null; } }
        internal DateTimeFormatInfo() { }
    }
}
