using System;
using Viper.Nano.Http;

namespace Viper.Nano.Server
{
    /// <summary>
    /// Serves HTTP/1.1 on one connection slot: reads a request head into the slot's receive
    /// buffer, reads the body, routes, runs the handler and writes the response, then does it
    /// again while the connection persists (keep-alive, pipelining). Every object it uses is
    /// created once per worker thread and serves whichever slot the worker is given (all slots'
    /// buffers have the same sizes), so a request costs no allocation unless a handler asks for
    /// strings, and a slot that is not speaking HTTP holds no HTTP state.
    /// </summary>
    /// <remarks>
    /// Timeouts: the first head must arrive within HeadTimeoutMs of the connection; later ones
    /// within IdleTimeoutMs of the previous response for the first byte, then HeadTimeoutMs for
    /// the rest. A partial head or body that times out gets 408; an idle connection is just closed.
    /// </remarks>
    internal sealed partial class HttpConnection
    {
        // RFC 9110 15.2.1: the interim response that tells a client to send the body it announced.
        private static readonly byte[] Continue100 = HttpChars.AsciiBytes("HTTP/1.1 100 Continue\r\n\r\n");

        private readonly ViperServer _server;
        private readonly ServerOptions _options;
        private ConnectionSlot _slot;
        private byte[] _rx;
        private readonly RequestHeadParser _parser;
        private readonly ChunkedDecoder _chunked;
        private readonly HttpRequest _request;
        private readonly HttpResponse _response;
        private readonly HttpContext _context;
        private readonly object[] _args = new object[1];

        private ITransport _transport;
        private int _filled;
        private int _next;

        internal HttpConnection(ViperServer server, ConnectionSlot slot, int maxRouteParams)
        {
            _server = server;
            _options = server.Options;
            _slot = slot;
            _rx = slot.ReceiveBuffer;
            int maxHead = _options.MaxRequestHeadSize;
            if (maxHead > _rx.Length)
            {
                // ServerOptions.Validate refuses this at Start; never cap it silently here.
                throw new ArgumentException("ServerOptions.MaxRequestHeadSize is over ReceiveBufferSize", "MaxRequestHeadSize");
            }

            _parser = new RequestHeadParser(maxHead, _options.MaxUriLength, _options.MaxHeaders, _options.MaxBodySize);
            _chunked = new ChunkedDecoder(maxHead);
            _request = new HttpRequest(_parser, maxRouteParams < 1 ? 1 : maxRouteParams);
            _response = new HttpResponse(slot.SendBuffer);
            _response.Host = server;
            _context = new HttpContext(_request, _response);
            _context.Host = server;
        }

        /// <summary>The request/response pair of this slot (tests drive it in memory).</summary>
        internal HttpContext Context => _context;

        /// <summary>Serves the connection <paramref name="slot"/> holds, with that slot's buffers, until it ends or is taken over. Never throws.</summary>
        internal void Serve(ConnectionSlot slot)
        {
            if (slot != _slot)
            {
                _slot = slot;
                _rx = slot.ReceiveBuffer;
                _response.UseBuffer(slot.SendBuffer);
            }

            Serve(slot.Transport);
        }

        /// <summary>Serves requests on <paramref name="transport"/> until the connection ends. Never throws.</summary>
        internal void Serve(ITransport transport)
        {
            _transport = transport;
            _filled = 0;
            int served = 0;
            try
            {
                while (!_server.IsStopping && ReadHead(served == 0))
                {
                    served++;
                    _server.Stats.RequestParsed();
                    if (!Handle(served)) break;
                    Compact();
                }
            }
            catch (Exception)
            {
                // A bug of ours must not take the slot's thread down: drop this connection only.
            }
            finally
            {
                _slot.IsIdle = false;
                _slot.AwaitingRequest = false;
                _transport = null;
                _request.Reset();
                _args[0] = null;
            }
        }

        // Receives until a whole head is parsed. False when the connection is done.
        private bool ReadHead(bool first)
        {
            _parser.Reset();
            long deadline = first ? Deadline(_options.HeadTimeoutMs) : 0;
            while (true)
            {
                if (_filled > 0)
                {
                    ParseStatus status = _parser.Parse(_rx, 0, _filled);
                    if (status == ParseStatus.Complete) return true;
                    if (status == ParseStatus.Invalid)
                    {
                        Reject(_parser.ErrorStatus, _parser.ErrorReason);
                        return false;
                    }

                    if (deadline == 0) deadline = Deadline(_options.HeadTimeoutMs);
                }

                if (_filled == _rx.Length)
                {
                    Reject(HttpStatus.RequestHeaderFieldsTooLarge, "request head too large");
                    return false;
                }

                bool idle = deadline == 0;
                _slot.IsIdle = idle;
                _slot.AwaitingRequest = _filled == 0;
                if (_server.IsStopping && _filled == 0) return false;
                int n = _transport.Receive(_rx, _filled, _rx.Length - _filled, idle ? _options.IdleTimeoutMs : Remaining(deadline));
                _slot.IsIdle = false;
                _slot.AwaitingRequest = false;
                if (n == TransportResult.Closed) return false;
                if (n == TransportResult.TimedOut)
                {
                    if (idle) return false;
                    if (Remaining(deadline) > 0) continue;
                    _server.Stats.TimedOut();
                    if (_filled > 0) Reject(HttpStatus.RequestTimeout, "request head not received in time");
                    return false;
                }

                _filled += n;
            }
        }

        // Moves pipelined bytes of the next request to the start of the buffer.
        private void Compact()
        {
            int rest = _filled - _next;
            if (rest > 0 && _next > 0) MoveDown(_rx, _next, 0, rest);
            _filled = rest;
            _next = 0;
        }

        // Answers a request the connection cannot continue after, then closes: draining first
        // what the client is still sending, so the close does not reset the connection before
        // the client has read the answer (RFC 9112 9.6).
        private void Reject(int status, string reason)
        {
            _response.Begin(_transport, false, true, false);
            _response.SendDate = _options.SendDateHeader;
            _response.WriteError(status, reason, true);
            _server.Stats.CountResponse(status);
            if (_response.Failed) return;
            long deadline = Deadline(_options.LingerMs);
            while (true)
            {
                int wait = Remaining(deadline);
                if (wait <= 0) break;
                if (_transport.Receive(_rx, 0, _rx.Length, wait < 100 ? wait : 100) <= 0) break;
            }
        }

        private static long Deadline(int ms)
        {
            return DateTime.UtcNow.Ticks + (long)ms * TimeSpan.TicksPerMillisecond;
        }

        private static int Remaining(long deadline)
        {
            long ms = (deadline - DateTime.UtcNow.Ticks) / TimeSpan.TicksPerMillisecond;
            return ms <= 0 ? 0 : ms > int.MaxValue ? int.MaxValue : (int)ms;
        }

        // Copies bytes towards the start of the same buffer; front to back is safe when the
        // target is below the source.
        private static void MoveDown(byte[] buffer, int from, int to, int count)
        {
            for (int i = 0; i < count; i++) buffer[to + i] = buffer[from + i];
        }

    }
}
