// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Reflection/Assembly.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System.Reflection
{
    public sealed class AssemblyName
    {
        public string Name { get { throw null; } }
        public string FullName { get { throw null; } }
        public global::System.Version Version { get { throw null; } }
        internal AssemblyName() { }
    }

    public class Assembly
    {
        public virtual string FullName { get { throw null; } }
        public static global::System.Reflection.Assembly GetExecutingAssembly() { throw null; }
        public global::System.Reflection.AssemblyName GetName() { throw null; }
        public static global::System.Reflection.Assembly GetAssembly(global::System.Type type) { throw null; }
        public virtual global::System.Type GetType(string name) { throw null; }
        public virtual global::System.Type GetType(string name, bool throwOnError) { throw null; }
        public virtual global::System.Type[] GetTypes() { throw null; }
        public global::System.Reflection.Assembly GetSatelliteAssembly(global::System.Globalization.CultureInfo culture) { throw null; }
        public static global::System.Reflection.Assembly Load(string assemblyString) { throw null; }
        public static global::System.Reflection.Assembly Load(byte[] rawAssembly) { throw null; }
    }
}
