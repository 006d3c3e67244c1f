// THROWAWAY probe for the samples gate.
namespace ProbeSample { public static class ProbeRoutes { public static string Hello() { return new System.Text.StringBuilder("hi").ToString(); } } }
