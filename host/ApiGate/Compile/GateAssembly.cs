// Compiled into every gate project so that a gate still builds while its source folder is empty
// (csc refuses a compilation with no source files). It uses nothing beyond System.Object.
namespace Viper.Nano.Gate
{
    internal static class GateAssembly
    {
    }
}
