// Reference-only stub of nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Declarations mirror nanoframework/CoreLibrary@v1.17.11 (e44d82d): nanoFramework.CoreLibrary/System/Random.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace System
{
    public class Random
    {
        public Random() { throw null; }
        public Random(int seed) { throw null; }
        public virtual int Next() { throw null; }
        public virtual int Next(int maxValue) { throw null; }
        public virtual double NextDouble() { throw null; }
        public virtual void NextBytes(byte[] buffer) { throw null; }
    }
}
