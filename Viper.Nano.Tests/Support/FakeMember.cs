using Viper.Nano.Rooms;

namespace Viper.Nano.Tests.Support
{
    /// <summary>A room member over a <see cref="ChokeTransport"/>, for manager tests without sockets.</summary>
    internal class FakeMember : IRoomMember
    {
        public FakeMember(int slot, int kind)
        {
            Slot = slot;
            Kind = kind;
            Transport = new ChokeTransport(4096);
            Outbox = new Outbox(Transport, 4, 1024, 60000);
        }

        public readonly ChokeTransport Transport;

        public int EvictedWith;

        public int Slot { get; }

        public int Kind { get; }

        public Outbox Outbox { get; }

        public IConnectionManager Manager { get; set; }

        public bool EnsureOpen() => !Transport.Broken;

        public void Evict(int closeCode)
        {
            EvictedWith = closeCode;
            Transport.Close();
        }

        public string Received() => System.Text.Encoding.UTF8.GetString(Transport.Written, 0, Transport.Length);
    }
}
