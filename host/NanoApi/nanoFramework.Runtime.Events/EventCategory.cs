// Reference-only stub of nanoFramework.Runtime.Events 1.11.37 (assembly nanoFramework.Runtime.Events).
// Declarations mirror nanoframework/nanoFramework.Runtime.Events@v1.11.37 (6dd93c1): nanoFramework.Runtime.Events/EventCategory.cs.
// Signatures only; every body is a stub of this project and never runs.

namespace nanoFramework.Runtime.Events
{
    public enum EventCategory
    {
        Unknown = 0,
        Custom = 10,
        Gpio = 20,
        SerialDevice = 30,
        Network = 40,
        WiFi = 50,
        Can = 60,
        Storage = 70,
        Radio = 80,
        HighResolutionTimer = 90,
        Bluetooth = 100,
        Usb = 110,
        Touch = 120,
        Gesture = 130,
        OpenThread = 140,
        EspNow = 150,
    }
}
