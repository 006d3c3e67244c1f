using System.Reflection;

[assembly: AssemblyTitle("Viper.Nano.Samples.WebSocketGuide")]
[assembly: AssemblyDescription("Viper.Nano sample: every route of the WebSocket guide")]
[assembly: AssemblyProduct("Viper.Nano")]
[assembly: AssemblyCopyright("Copyright (c) Viper.Nano developers")]
[assembly: AssemblyVersion("0.1.0.0")]
