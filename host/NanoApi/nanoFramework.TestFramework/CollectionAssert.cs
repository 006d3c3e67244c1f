// Reference-only stub of nanoFramework.TestFramework 3.0.x (main d4fa55e = v3.0.77+1; 3.0.80 has no tag) (assembly nanoFramework.TestFramework).
// Declarations mirror nanoframework/nanoFramework.TestFramework@main (d4fa55e): TestFramework/CollectionAssert.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.TestFramework
{
    public sealed class CollectionAssert
    {
        public static void Empty(global::System.Collections.ICollection collection, string message = "") { throw null; }
        public static void NotEmpty(global::System.Collections.ICollection collection, string message = "") { throw null; }
        public static void AreEqual(global::System.Collections.ICollection expected, global::System.Collections.ICollection actual, string message = "") { throw null; }
        public static void AreNotEqual(global::System.Collections.ICollection notExpected, global::System.Collections.ICollection actual, string message = "") { throw null; }
    }
}
