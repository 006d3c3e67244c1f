// Reference-only stub of nanoFramework.TestFramework 3.0.x (main d4fa55e = v3.0.77+1; 3.0.80 has no tag) (assembly nanoFramework.TestFramework).
// Declarations mirror nanoframework/nanoFramework.TestFramework@main (d4fa55e): TestFrameworkShared/DataRowAttribute.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.TestFramework
{
    [global::System.AttributeUsageAttribute(global::System.AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : global::System.Attribute
    {
        public object[] MethodParameters { get { throw null; } }
        public DataRowAttribute(params object[] methodParameters) { throw null; }
    }
}
