// THROWAWAY: device-only code must be excluded from the samples gate (this would not compile there).
using nanoFramework.Networking;
namespace ProbeSample { public class Program { public static void Main() { WifiNetworkHelper.ConnectDhcp("s", "p"); } } }
