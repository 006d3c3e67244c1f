using System.Collections.Generic;
using System.IO;

namespace Viper.Nano.Benchmarks.Peers
{
    /// <summary>
    /// Node's ws 8.x (the package pinned in host/clients) in a child process running
    /// Peers/node-ws-server.js; node:http answers GET /hello on the same port. Node can't report
    /// .NET allocations, so it has throughput figures only.
    /// </summary>
    public sealed class NodeWsPeer : ChildProcessPeer
    {
        private static readonly string ClientsDir = RepoRoot.Of("host", "clients");
        private static readonly string Script = Path.Combine(System.AppContext.BaseDirectory, "Peers", "node-ws-server.js");

        public NodeWsPeer()
            : base("node-ws", RepoRoot.Which("node") ?? "node", new[] { Script, "0" },
                new Dictionary<string, string> { ["NODE_PATH"] = Path.Combine(ClientsDir, "node_modules") }, answersStats: false)
        {
        }

        public override string SkipReason
        {
            get
            {
                if (RepoRoot.Which("node") == null)
                    return "node is not on PATH: install Node.js 20 (Debian: apt-get install -y nodejs npm), then run `npm ci` in host/clients";
                if (!Directory.Exists(Path.Combine(ClientsDir, "node_modules", "ws")))
                    return "Node ws is not installed: run `(cd host/clients && npm ci --no-audit --no-fund)`";
                if (!File.Exists(Script)) return "missing " + Script + " (rebuild host/Benchmarks)";
                return null;
            }
        }
    }
}
