using System;
using System.IO;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Viper.Nano.WireTests.Wire
{
    /// <summary>
    /// Headless Chromium from Debian (apt chromium chromium-driver), driven by Selenium through
    /// the distribution's chromedriver: nothing is downloaded at test time.
    /// </summary>
    public static class Browser
    {
        public const string ChromeDriverPath = "/usr/bin/chromedriver";

        /// <summary>Skips (or fails when real clients are required) unless Chromium and chromedriver are installed.</summary>
        public static void Need()
        {
            RealClients.NeedChromium();
            RealClients.Need(File.Exists(ChromeDriverPath), "chromedriver (apt chromium-driver)");
        }

        /// <summary>Starts a headless Chromium with the flags that work on a display-less CI machine.</summary>
        public static ChromeDriver Start()
        {
            var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath), Path.GetFileName(ChromeDriverPath));
            service.HideCommandPromptWindow = true;
            service.SuppressInitialDiagnosticInformation = true;
            var options = new ChromeOptions { BinaryLocation = RealClients.Chromium };
            options.AddArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1100,760",
                "--user-data-dir=" + Path.Combine(Path.GetTempPath(), "viper-chromium-" + Guid.NewGuid().ToString("N")));
            return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        }

        /// <summary>Evaluates <paramref name="script"/> until it returns true or the time is up.</summary>
        public static bool WaitFor(IWebDriver driver, string script, int timeoutMs)
        {
            var js = (IJavaScriptExecutor)driver;
            DateTime end = DateTime.UtcNow.AddMilliseconds(timeoutMs);
            while (DateTime.UtcNow < end)
            {
                if (js.ExecuteScript(script) is bool b && b) return true;
                System.Threading.Thread.Sleep(100);
            }

            return false;
        }
    }
}
