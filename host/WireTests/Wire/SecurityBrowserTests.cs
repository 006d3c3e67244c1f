using System.Collections.Generic;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit;
using static Viper.Nano.WireTests.Wire.SecurityTestRoutes;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Headless Chromium, the client the CORS and Origin rules exist for: a page from
    /// http://localhost:PORT calls http://127.0.0.1:PORT, which is another origin. It carries a
    /// bearer token on fetch (after a preflight, since Authorization is not a simple header) and
    /// on a WebSocket as a <c>bearer.TOKEN</c> sub-protocol, the only way a browser can.
    /// </summary>
    [Collection(SecurityCollection.Name)]
    public class SecurityBrowserTests
    {
        private const string Script = @"
const done = arguments[arguments.length - 1];
const base = arguments[0], token = arguments[1];
function socket(protocols) {
  return new Promise(resolve => {
    const ws = new WebSocket(base.replace('http', 'ws') + '/ws/bearer', protocols);
    ws.onopen = () => ws.send('hi');
    ws.onmessage = m => { resolve('open:' + ws.protocol + ':' + m.data); ws.close(); };
    ws.onerror = () => resolve('error');
  });
}
async function get(path, headers) {
  try { const r = await fetch(base + path, { headers }); return r.status + ':' + await r.text(); }
  catch (e) { return 'error'; }
}
(async () => {
  const out = {};
  out.fetchToken = await get('/bearer', { Authorization: 'Bearer ' + token });
  out.fetchNoToken = await get('/bearer', {});
  out.wsToken = await socket(['viper', 'bearer.' + token]);
  out.wsTokenOnly = await socket(['bearer.' + token]);
  out.wsWrongToken = await socket(['viper', 'bearer.nope']);
  done(JSON.stringify(out));
})();
";

        private static Dictionary<string, string> Run(ChromeDriver driver, TestServer server)
        {
            driver.Manage().Timeouts().AsynchronousJavaScript = System.TimeSpan.FromSeconds(30);
            var json = (string)((IJavaScriptExecutor)driver).ExecuteAsyncScript(Script, "http://127.0.0.1:" + server.Port, Token);
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json);
        }

        [SkippableFact]
        public void ACrossOriginPageUsesTheTokenOnFetchAndWebSocket()
        {
            Browser.Need();
            using TestServer server = Start();
            string page = "http://localhost:" + server.Port;
            // The options are read per request, so the port chosen at start-up can go in now.
            server.Options.CorsAllowedOrigins = page;
            server.Options.AllowedOrigins = new[] { page };
            using ChromeDriver driver = Browser.Start();
            driver.Navigate().GoToUrl(page + "/page");
            Dictionary<string, string> allowed = Run(driver, server);
            Assert.Equal("200:bearer ok", allowed["fetchToken"]);
            Assert.Equal("401:Unauthorized\n", allowed["fetchNoToken"]);
            Assert.Equal("open:viper:echo:hi|viper", allowed["wsToken"]);
            // Authenticated, but the answer names none of its protocols: the browser fails it.
            Assert.Equal("error", allowed["wsTokenOnly"]);
            Assert.Equal("error", allowed["wsWrongToken"]);
            int bearerRuns = Bearer;
            Assert.Equal(3, bearerRuns); // fetch, the socket, and the token-only socket the browser then dropped

            // The same page from an origin that is not listed (127.0.0.2 is loopback too): nothing
            // gets through. Not the first page again: its browser cached the preflight
            // (Access-Control-Max-Age) and would send the GET straight away, which the server runs
            // and only the browser withholds, as CORS intends (it guards what pages read).
            driver.Navigate().GoToUrl("http://127.0.0.2:" + server.Port + "/page");
            Dictionary<string, string> refused = Run(driver, server);
            Assert.Equal("error", refused["fetchToken"]);
            Assert.Equal("error", refused["wsToken"]);
            Assert.Equal(bearerRuns, Bearer);
        }
    }
}
