namespace Viper.Nano.Http
{
    /// <summary>
    /// What a route handler gets: the request and the response. One context per connection slot,
    /// reused for every request on it, so a handler must not keep it after returning.
    /// </summary>
    public sealed class HttpContext
    {
        internal HttpContext(HttpRequest request, HttpResponse response)
        {
            Request = request;
            Response = response;
        }

        /// <summary>The request being handled.</summary>
        public HttpRequest Request { get; private set; }

        /// <summary>The response to write.</summary>
        public HttpResponse Response { get; private set; }

        /// <summary>The server handling the request (null in codec tests).</summary>
        internal IServerHost Host { get; set; }
    }
}
