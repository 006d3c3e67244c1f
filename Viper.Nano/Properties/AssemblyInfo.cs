using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("Viper.Nano")]
[assembly: AssemblyDescription("HTTP/1.1, WebSocket (RFC 6455) and Server-Sent Events server for .NET nanoFramework")]
[assembly: AssemblyProduct("Viper.Nano")]
[assembly: AssemblyCopyright("Copyright (c) Viper.Nano developers")]
[assembly: AssemblyVersion("0.1.0.0")]

// The unit tests (NFUnitTest on the device and on the PC) and the host tests (host/WireTests,
// host/FuzzTests) drive internal pieces: the connection loop over a fake transport, the
// response's state, the codecs. host/UnitTests.Adapter finds this assembly through an internal type.
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("WireTests")]
[assembly: InternalsVisibleTo("FuzzTests")]
[assembly: InternalsVisibleTo("UnitTests.Adapter")]

// The capacity run (host/CapacityRun) starts the SensorBroadcast server on the interpreter over
// in-memory connections, through the same internal listener hook as the unit tests.
[assembly: InternalsVisibleTo("CapacityRun")]

// The micro benchmarks time a connection manager without starting a server.
[assembly: InternalsVisibleTo("Viper.Nano.Benchmarks")]
