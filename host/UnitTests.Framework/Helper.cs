namespace nanoFramework.TestFramework
{
    /// <summary>What the runners share about reading test attributes.</summary>
    public static class Helper
    {
        /// <summary>
        /// A method with both [TestMethod] and [DataRow] runs once per data row only: returns the
        /// attributes without the TestMethod ones in that case, else the same array. Types are
        /// compared by full name, so that copies of the attributes loaded twice still match.
        /// </summary>
        public static object[] RemoveTestMethodIfDataRowExists(object[] attribs)
        {
            int testMethods = 0;
            bool dataRow = false;
            foreach (object attrib in attribs)
            {
                string name = attrib.GetType().FullName;
                if (name == typeof(TestMethodAttribute).FullName) testMethods++;
                else if (name == typeof(DataRowAttribute).FullName) dataRow = true;
            }

            if (!dataRow || testMethods == 0) return attribs;
            object[] kept = new object[attribs.Length - testMethods];
            int n = 0;
            foreach (object attrib in attribs)
            {
                if (attrib.GetType().FullName != typeof(TestMethodAttribute).FullName) kept[n++] = attrib;
            }

            return kept;
        }
    }
}
