using System;
using Viper.Nano.Http;

namespace Viper.Nano.Routing
{
    /// <summary>
    /// Marks a static method <c>static void Name(HttpContext context)</c> as the handler of one
    /// method and path pattern. Patterns start with '/', and a whole segment in braces is a path
    /// parameter: "/api/sensors/{id}". Arguments are positional strings because the device
    /// ignores named attribute arguments.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public abstract class HttpMethodAttribute : Attribute
    {
        /// <summary>Declares a route for <paramref name="method"/> at <paramref name="pattern"/>.</summary>
        protected HttpMethodAttribute(string method, string pattern)
        {
            Method = method;
            Pattern = pattern;
        }

        /// <summary>The request method, e.g. "GET".</summary>
        public string Method { get; private set; }

        /// <summary>The path pattern, e.g. "/api/sensors/{id}".</summary>
        public string Pattern { get; private set; }
    }

    /// <summary>A GET route; it answers HEAD too, without the body.</summary>
    public sealed class HttpGetAttribute : HttpMethodAttribute
    {
        /// <summary>GET at <paramref name="pattern"/>.</summary>
        public HttpGetAttribute(string pattern) : base(HttpMethods.Get, pattern) { }
    }

    /// <summary>A POST route.</summary>
    public sealed class HttpPostAttribute : HttpMethodAttribute
    {
        /// <summary>POST at <paramref name="pattern"/>.</summary>
        public HttpPostAttribute(string pattern) : base(HttpMethods.Post, pattern) { }
    }

    /// <summary>A PUT route.</summary>
    public sealed class HttpPutAttribute : HttpMethodAttribute
    {
        /// <summary>PUT at <paramref name="pattern"/>.</summary>
        public HttpPutAttribute(string pattern) : base(HttpMethods.Put, pattern) { }
    }

    /// <summary>A PATCH route.</summary>
    public sealed class HttpPatchAttribute : HttpMethodAttribute
    {
        /// <summary>PATCH at <paramref name="pattern"/>.</summary>
        public HttpPatchAttribute(string pattern) : base(HttpMethods.Patch, pattern) { }
    }

    /// <summary>A DELETE route.</summary>
    public sealed class HttpDeleteAttribute : HttpMethodAttribute
    {
        /// <summary>DELETE at <paramref name="pattern"/>.</summary>
        public HttpDeleteAttribute(string pattern) : base(HttpMethods.Delete, pattern) { }
    }

    /// <summary>A HEAD route, for when HEAD must differ from what the GET route would say.</summary>
    public sealed class HttpHeadAttribute : HttpMethodAttribute
    {
        /// <summary>HEAD at <paramref name="pattern"/>.</summary>
        public HttpHeadAttribute(string pattern) : base(HttpMethods.Head, pattern) { }
    }

    /// <summary>An OPTIONS route; without one, OPTIONS is answered 204 with Allow.</summary>
    public sealed class HttpOptionsAttribute : HttpMethodAttribute
    {
        /// <summary>OPTIONS at <paramref name="pattern"/>.</summary>
        public HttpOptionsAttribute(string pattern) : base(HttpMethods.Options, pattern) { }
    }
}
