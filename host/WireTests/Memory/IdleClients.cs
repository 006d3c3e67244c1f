using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Threading;
using Viper.Nano.WireTests.Wire;
using Viper.Nano.Rooms;
using Viper.Nano.Routing;
using Viper.Nano.Sse;
using Viper.Nano.WebSockets;

namespace Viper.Nano.WireTests.Memory
{
    /// <summary>
    /// Clients that connect and then sit idle, in another process (Debian's python3, plain
    /// sockets), so that the memory this process holds afterwards is the server's alone.
    /// Disposing closes them.
    /// </summary>
    public sealed class IdleClients : IDisposable
    {
        // Opens argv[2] connections to 127.0.0.1:argv[1], each a GET of argv[3] answered with the
        // status argv[4] (a WebSocket upgrade when the path starts with /ws), then waits for stdin to close.
        private const string Script = @"
import base64, os, socket, sys
port, count, path, status = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4].encode()
socks = []
for _ in range(count):
    s = socket.create_connection(('127.0.0.1', port))
    head = 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n' % path
    if path.startswith('/ws'):
        key = base64.b64encode(os.urandom(16)).decode()
        head += 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n' % key
    s.sendall((head + '\r\n').encode())
    got = b''
    while b'\r\n\r\n' not in got:
        chunk = s.recv(4096)
        if not chunk:
            sys.exit('closed before the response head')
        got += chunk
    if not got.startswith(b'HTTP/1.1 ' + status):
        sys.exit('unexpected answer: ' + got.decode(errors='replace'))
    socks.append(s)
print('ready', flush=True)
sys.stdin.read()
for s in socks:
    s.close()
";

        private readonly Process process;

        private IdleClients(Process process) => this.process = process;

        /// <summary>Opens <paramref name="count"/> idle connections and returns once all are answered.</summary>
        public static IdleClients Open(int port, int count, string path, string status)
        {
            var psi = new ProcessStartInfo(RealClients.Python)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string a in new[] { "-c", Script, port.ToString(), count.ToString(), path, status }) psi.ArgumentList.Add(a);
            var p = Process.Start(psi);
            string line = p.StandardOutput.ReadLine();
            if (line != "ready")
            {
                p.WaitForExit(5000);
                throw new InvalidOperationException("idle clients failed: " + line + " " + p.StandardError.ReadToEnd());
            }

            return new IdleClients(p);
        }

        public void Dispose()
        {
            try
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(10000)) process.Kill(true);
            }
            catch (IOException)
            {
                // Already gone.
            }

            process.Dispose();
        }
    }

    /// <summary>Routes whose clients join a room and then only wait, as a page's live stream does.</summary>
    public static class IdleRoutes
    {
        public const string Room = "budget";

        private static readonly object Lock = new object();
        public static ConnectionManager Manager;
        public static readonly List<object> Members = new List<object>();
        public static MethodBase[] HandlerStack;

        public static void Reset(ConnectionManager manager)
        {
            lock (Lock) Members.Clear();
            Manager = manager;
        }

        public static int Count
        {
            get { lock (Lock) return Members.Count; }
        }

        [WebSocketRoute("/ws/idle")]
        public static void Live(WebSocket ws)
        {
            if (!Manager.Connect(ws, Room)) return;
            HandlerStack = StackOf(new StackTrace());
            lock (Lock) Members.Add(ws);
            try
            {
                while (ws.Receive().Type != MessageType.Close)
                {
                }
            }
            finally
            {
                Manager.Disconnect(ws);
            }
        }

        [SseRoute("/events")]
        public static void Events(SseStream stream)
        {
            Manager.Subscribe(stream, Room);
            lock (Lock) Members.Add(stream);
        }

        /// <summary>The frames of our own code on a stack, innermost first.</summary>
        public static MethodBase[] StackOf(StackTrace trace)
        {
            var ours = new List<MethodBase>();
            foreach (StackFrame f in trace.GetFrames())
            {
                if (NanoHeapModel.IsOurs(f.GetMethod())) ours.Add(f.GetMethod());
            }

            return ours.ToArray();
        }
    }
}
