namespace Viper.Nano.Crypto
{
    /// <summary>
    /// Comparisons whose running time does not depend on where two secrets first differ, so a
    /// client timing its guesses learns nothing about how close it came.
    /// </summary>
    internal static class ConstantTime
    {
        /// <summary>True when both strings are equal; time depends only on the length of <paramref name="presented"/>.</summary>
        public static bool Equals(string expected, string presented)
        {
            if (expected == null || presented == null) return false;
            int diff = expected.Length ^ presented.Length;
            for (int i = 0; i < presented.Length; i++)
            {
                // Index modulo keeps the loop length fixed by the presented value, never the secret.
                char e = expected.Length == 0 ? '\0' : expected[i % expected.Length];
                diff |= e ^ presented[i];
            }

            return diff == 0 && expected.Length == presented.Length;
        }

        /// <summary>True when the byte ranges are equal; time depends only on <paramref name="count"/>.</summary>
        public static bool Equals(byte[] expected, byte[] presented, int offset, int count)
        {
            if (expected == null) return false;
            int diff = expected.Length ^ count;
            for (int i = 0; i < count; i++)
            {
                byte e = expected.Length == 0 ? (byte)0 : expected[i % expected.Length];
                diff |= e ^ presented[offset + i];
            }

            return diff == 0;
        }
    }
}
