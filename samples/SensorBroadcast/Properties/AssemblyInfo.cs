using System.Reflection;

[assembly: AssemblyTitle("Viper.Nano.Samples.SensorBroadcast")]
[assembly: AssemblyDescription("Viper.Nano sample: a sensor's readings charted live over WebSocket, with SSE as fallback")]
[assembly: AssemblyProduct("Viper.Nano")]
[assembly: AssemblyCopyright("Copyright (c) Viper.Nano developers")]
[assembly: AssemblyVersion("0.1.0.0")]
