// Reference-only stub of nanoFramework.System.Text 1.3.42 (assembly nanoFramework.System.Text).
// Declarations mirror nanoframework/System.Text@v1.3.42 (a231e6e): nanoFramework.System.Text/Text/StringBuilder.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Text
{
    public sealed class StringBuilder
    {
        public int MaxCapacity { get { throw null; } }
        public char this[int index] { get { throw null; } set { throw null; } }
        public int Capacity { get { throw null; } set { throw null; } }
        public int Length { get { throw null; } set { throw null; } }
        public StringBuilder(string value, int startIndex, int length, int capacity) { throw null; }
        public StringBuilder(string value, int capacity) { throw null; }
        public StringBuilder(int capacity, int maxCapacity) { throw null; }
        public StringBuilder(int capacity) { throw null; }
        public StringBuilder(string value) { throw null; }
        public StringBuilder() { throw null; }
        public global::System.Text.StringBuilder Append(bool value) { throw null; }
        public global::System.Text.StringBuilder Append(byte value) { throw null; }
        public global::System.Text.StringBuilder Append(char value) { throw null; }
        public global::System.Text.StringBuilder Append(double value) { throw null; }
        public global::System.Text.StringBuilder Append(short value) { throw null; }
        public global::System.Text.StringBuilder Append(char[] value) { throw null; }
        public global::System.Text.StringBuilder Append(int value) { throw null; }
        public global::System.Text.StringBuilder Append(long value) { throw null; }
        public global::System.Text.StringBuilder Append(object value) { throw null; }
        public global::System.Text.StringBuilder Append(string value) { throw null; }
        public global::System.Text.StringBuilder Append(sbyte value) { throw null; }
        public global::System.Text.StringBuilder Append(float value) { throw null; }
        public global::System.Text.StringBuilder Append(ushort value) { throw null; }
        public global::System.Text.StringBuilder Append(uint value) { throw null; }
        public global::System.Text.StringBuilder Append(ulong value) { throw null; }
        public global::System.Text.StringBuilder Append(string value, int startIndex, int count) { throw null; }
        public global::System.Text.StringBuilder Append(char[] value, int startIndex, int charCount) { throw null; }
        public global::System.Text.StringBuilder Append(char value, int repeatCount) { throw null; }
        public global::System.Text.StringBuilder Remove(int startIndex, int length) { throw null; }
        public global::System.Text.StringBuilder Insert(int index, string value, int count) { throw null; }
        public global::System.Text.StringBuilder Insert(int index, char[] value, int startIndex, int charCount) { throw null; }
        public global::System.Text.StringBuilder Replace(char oldChar, char newChar, int startIndex, int count) { throw null; }
        public global::System.Text.StringBuilder Replace(char oldChar, char newChar) { throw null; }
        public global::System.Text.StringBuilder Replace(string oldValue, string newValue, int startIndex, int count) { throw null; }
        public global::System.Text.StringBuilder Replace(string oldValue, string newValue) { throw null; }
        public global::System.Text.StringBuilder Clear() { throw null; }
        public override string ToString() { throw null; }
        public string ToString(int startIndex, int length) { throw null; }
        public global::System.Text.StringBuilder AppendLine(string str) { throw null; }
        public global::System.Text.StringBuilder AppendLine() { throw null; }
    }
}
