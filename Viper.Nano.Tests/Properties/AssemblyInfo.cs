using System.Reflection;

[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("Unit tests of Viper.Nano, run on the nanoCLR emulator, a board, or the PC runner under host/")]
[assembly: AssemblyProduct("Viper.Nano")]
[assembly: AssemblyVersion("1.0.0.0")]
