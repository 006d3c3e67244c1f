using System.Collections;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Assertions on collections (arrays, ArrayList, ...). Two collections are equal when both are
    /// null or the same reference, or when they have the same count and object.Equals holds for
    /// each pair of elements in enumeration order.
    /// </summary>
    public sealed class CollectionAssert
    {
        /// <summary>Passes when the collection has no element; a null collection fails.</summary>
        public static void Empty(ICollection collection, string message = "")
        {
            Assert.RequireNotNull(collection, "CollectionAssert.Empty", nameof(collection));
            if (collection.Count != 0) Assert.Fail("CollectionAssert.Empty", "expected no element, actual " + collection.Count + ".", message);
        }

        /// <summary>Passes when the collection has an element; a null collection fails.</summary>
        public static void NotEmpty(ICollection collection, string message = "")
        {
            Assert.RequireNotNull(collection, "CollectionAssert.NotEmpty", nameof(collection));
            if (collection.Count == 0) Assert.Fail("CollectionAssert.NotEmpty", "expected at least one element, actual 0.", message);
        }

        /// <summary>Passes when the collections are equal (see the class summary).</summary>
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            string difference = Difference(expected, actual);
            if (difference != null) Assert.Fail("CollectionAssert.AreEqual", difference, message);
        }

        /// <summary>Passes when the collections are not equal (see the class summary).</summary>
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            if (Difference(notExpected, actual) == null)
            {
                Assert.Fail("CollectionAssert.AreNotEqual", "expected collections that differ, actual: the same " + Count(actual) + " elements.", message);
            }
        }

        // Null when equal; else what differs, expected against actual.
        private static string Difference(ICollection expected, ICollection actual)
        {
            if (ReferenceEquals(expected, actual)) return null;
            if (expected == null || actual == null)
            {
                return "expected <" + Describe(expected) + ">, actual <" + Describe(actual) + ">.";
            }

            if (expected.Count != actual.Count)
            {
                return "expected " + expected.Count + " elements, actual " + actual.Count + ".";
            }

            IEnumerator e = expected.GetEnumerator();
            IEnumerator a = actual.GetEnumerator();
            for (int index = 0; e.MoveNext() && a.MoveNext(); index++)
            {
                if (!Equals(e.Current, a.Current))
                {
                    return "at index " + index + " expected <" + Assert.Show(e.Current) + ">, actual <" + Assert.Show(a.Current) + ">.";
                }
            }

            return null;
        }

        private static string Describe(ICollection collection)
        {
            return collection == null ? "(null)" : "a collection of " + collection.Count;
        }

        private static int Count(ICollection collection)
        {
            return collection == null ? 0 : collection.Count;
        }
    }
}
