using System.Reflection;

[assembly: AssemblyTitle("Viper.Nano")]
[assembly: AssemblyDescription("HTTP/1.1, WebSocket (RFC 6455) and Server-Sent Events server for .NET nanoFramework")]
[assembly: AssemblyProduct("Viper.Nano")]
[assembly: AssemblyCopyright("Copyright (c) Viper.Nano developers")]
[assembly: AssemblyVersion("0.1.0.0")]
