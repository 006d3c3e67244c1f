// The Node ws peer of the Viper.Nano benchmarks (host/Benchmarks, issue 9).
// Same behaviour as every peer, on one loopback port:
//   GET /hello  -> 200, "Hello, world!" (13 bytes), keep-alive (node:http)
//   /ws/echo    -> each message is sent back as it came (text or binary)
//   /ws/room    -> each message is sent to every other member of one room
// Protocol with the harness (Peers/ChildProcessPeer.cs): prints "LISTENING <port> node-ws ..."
// once ready; stops on the stdin line "quit" or when stdin ends. Argument: port (0 = ephemeral).
// ws comes from host/clients/node_modules (NODE_PATH), installed by `npm ci` there.
'use strict';
const http = require('node:http');
const readline = require('node:readline');
const { WebSocketServer, WebSocket } = require('ws');

const body = Buffer.from('Hello, world!');
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/hello') {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  } else {
    res.writeHead(404, { 'Content-Length': 0 });
    res.end();
  }
});
server.keepAliveTimeout = 60000;

// permessage-deflate is off so every peer sends the same bytes on the wire.
const echo = new WebSocketServer({ noServer: true, perMessageDeflate: false });
const room = new WebSocketServer({ noServer: true, perMessageDeflate: false });

echo.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
});

room.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => {
    for (const other of room.clients) {
      if (other !== ws && other.readyState === WebSocket.OPEN) other.send(data, { binary: isBinary });
    }
  });
});

server.on('upgrade', (req, socket, head) => {
  const target = req.url === '/ws/echo' ? echo : req.url === '/ws/room' ? room : null;
  if (target === null) {
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  target.handleUpgrade(req, socket, head, (ws) => target.emit('connection', ws, req));
});

const port = Number(process.argv[2] || 0);
server.listen(port, '127.0.0.1', () => {
  process.stdout.write('LISTENING ' + server.address().port + ' node-ws node=' + process.version + '\n');
});

const input = readline.createInterface({ input: process.stdin });
input.on('line', (line) => { if (line.trim() === 'quit') process.exit(0); });
input.on('close', () => process.exit(0));
