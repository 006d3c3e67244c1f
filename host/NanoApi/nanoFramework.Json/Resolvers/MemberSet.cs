// Reference-only stub of nanoFramework.Json 2.2.x (main 76f1016 = v2.2.203+5; 2.2.213 has no tag) (assembly nanoFramework.Json).
// Declarations mirror nanoframework/nanoFramework.Json@main (76f1016): nanoFramework.Json/Resolvers/MemberSet.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Json.Resolvers
{
    public delegate void SetValueDelegate(object objectInstance, object valueToSet);

    public readonly struct MemberSet
    {
        private readonly global::nanoFramework.Json.Resolvers.SetValueDelegate _f0;
        private readonly global::System.Type _f1;
        private readonly bool _f2;
        public global::nanoFramework.Json.Resolvers.SetValueDelegate SetValue { get { throw null; } }
        public global::System.Type ObjectType { get { throw null; } }
        public bool Skip { get { throw null; } }
        public MemberSet(global::nanoFramework.Json.Resolvers.SetValueDelegate setValue, global::System.Type objectType) { throw null; }
        public MemberSet(bool skip) { throw null; }
    }
}
