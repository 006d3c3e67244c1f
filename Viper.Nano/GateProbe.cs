// THROWAWAY probe for the nanoFramework API gate; deleted before the branch is handed over.
using System;
using System.Collections;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using nanoFramework.Json;

namespace Viper.Nano.Probe
{
    public delegate void Notify(string what);

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class ProbeRouteAttribute : Attribute
    {
        public ProbeRouteAttribute(string path) { Path = path; }
        public string Path { get; }
    }

    public struct Slice
    {
        public Slice(int offset, int count) { Offset = offset; Count = count; }
        public int Offset { get; init; }
        public int Count { get; }
    }

    public enum State : byte { Open = 1, Closed = 2 }

    public class GateProbe : IDisposable
    {
        private static readonly byte[] Crlf = new byte[] { 13, 10, 13, 10, 65, 66, 67 };
        private readonly object _sync = new object();
        private readonly Hashtable _headers = new Hashtable();
        private readonly ArrayList _items = new ArrayList();
        private Socket _socket;
        private Thread _thread;
        public event Notify Changed;

        [ProbeRoute("/x")]
        public static int Route(string s) => s.Length;

        public string Run(string method, int n, double d)
        {
            var sb = new StringBuilder();
            sb.Append("n=").Append(n).Append(' ').AppendLine(d.ToString());
            string s = $"{method} {n} {d:F2}";
            switch (method)
            {
                case "GET": s += "g"; break;
                case "POST": s += "p"; break;
                case "PUT": case "DELETE": case "HEAD": case "OPTIONS": case "PATCH": case "TRACE": s += "o"; break;
                default: s += "?"; break;
            }
            lock (_sync) { _headers["a"] = s; if (_headers.Contains("b")) _headers.Remove("b"); }
            foreach (DictionaryEntry e in _headers) _items.Add(e.Key);
            foreach (object o in _items) sb.Append((string)o);
            int[] arr = { 1, 2, 3, 4, 5, 6, 7, 8 };
            int total = 0;
            foreach (int v in arr) total += v;
            Notify local = w => total += w.Length;
            local("abc");
            Changed?.Invoke(s);
            try
            {
                int.Parse("12x");
            }
            catch (FormatException ex) when (ex.Message != null)
            {
                Debug.WriteLine("bad number");
            }
            string[] parts = "a,b;c".Split(',', ';');
            string low = parts[0].ToLower().Trim().Substring(0, 1);
            byte[] utf8 = Encoding.UTF8.GetBytes(s);
            string back = Encoding.UTF8.GetString(utf8, 0, utf8.Length);
            object boxed = total;
            if (boxed is int k && k > 3) sb.Append(k);
            var st = State.Open;
            sb.Append(st == State.Open ? back : low);
            sb.Append(Convert.ToBase64String(utf8, 0, utf8.Length));
            sb.Append(JsonConvert.SerializeObject(_headers));
            long ticks = Environment.TickCount64;
            sb.Append(nanoFramework.Runtime.Native.GC.Run(false) + ticks);
            var slice = new Slice(1, 2) { Offset = 3 };
            return sb.ToString() + slice.Count + Interlocked.Increment(ref total);
        }

        public void Serve()
        {
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _socket.Bind(new IPEndPoint(IPAddress.Any, 80));
            _socket.Listen(4);
            _thread = new Thread(() =>
            {
                Socket c = _socket.Accept();
                byte[] buf = new byte[512];
                if (c.Poll(1000, SelectMode.SelectRead))
                {
                    int got = c.Receive(buf, 0, buf.Length, SocketFlags.None);
                    c.Send(buf, 0, got, SocketFlags.None);
                }
                c.Close();
            });
            _thread.Priority = ThreadPriority.AboveNormal;
            _thread.Start();
            var ev = new AutoResetEvent(false);
            ev.WaitOne(100, false);
            using (var t = new Timer(_ => ev.Set(), null, 10, Timeout.Infinite)) { }
            foreach (var m in typeof(GateProbe).GetMethods())
            {
                if (m.IsStatic && m.GetCustomAttributes(false).Length > 0)
                    m.Invoke(null, new object[] { m.GetParameters()[0].ParameterType.Name });
            }
            _thread.Join();
        }

        public void Dispose() { _socket?.Close(); }
    }
}
