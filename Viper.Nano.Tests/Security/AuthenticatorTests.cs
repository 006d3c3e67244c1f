using nanoFramework.TestFramework;
using Viper.Nano.Security;
using Viper.Nano.Crypto;

namespace Viper.Nano.Tests.Security
{
    [TestClass]
    public class AuthenticatorTests
    {
        private static Credentials Creds()
        {
            var c = new Credentials();
            // RFC 7617 section 2's example user.
            c.AddUser("Aladdin", "open sesame");
            c.AddBearerToken("mF_9.B5f-4.1JqM");
            c.AddApiKey("k-123");
            return c;
        }

        [DataRow("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", 0)]
        [DataRow("basic   QWxhZGRpbjpvcGVuIHNlc2FtZQ==", 0)]
        [DataRow("Basic QWxhZGRpbjpvcGVuIHNlc2FtZR==", 401)]
        [DataRow("Basic QWxhZGRpbjpPUEVOIFNFU0FNRQ==", 401)]
        [DataRow("Basic not-base64", 401)]
        [DataRow("Bearer QWxhZGRpbjpvcGVuIHNlc2FtZQ==", 401)]
        [DataRow("", 401)]
        public static void Basic(string header, int expected)
        {
            string challenge;
            Assert.AreEqual(expected, Authenticator.CheckBasic(Creds(), header, "dev", out challenge));
            Assert.AreEqual("Basic realm=\"dev\", charset=\"UTF-8\"", challenge);
        }

        [TestMethod]
        public static void BasicWithoutAHeaderIsAChallenge()
        {
            string challenge;
            Assert.AreEqual(401, Authenticator.CheckBasic(Creds(), null, "dev", out challenge));
        }

        [TestMethod]
        public static void BearerFromHeaderQueryOrSubprotocol()
        {
            string challenge;
            Assert.AreEqual(0, Authenticator.CheckBearer(Creds(), "Bearer mF_9.B5f-4.1JqM", null, null, out challenge));
            Assert.AreEqual(0, Authenticator.CheckBearer(Creds(), null, "mF_9.B5f-4.1JqM", null, out challenge));
            Assert.AreEqual(0, Authenticator.CheckBearer(Creds(), null, null, "chat, bearer.mF_9.B5f-4.1JqM", out challenge));
            Assert.AreEqual(401, Authenticator.CheckBearer(Creds(), null, null, null, out challenge));
            Assert.AreEqual("Bearer realm=\"Viper.Nano\"", challenge);
            Assert.AreEqual(401, Authenticator.CheckBearer(Creds(), "Bearer wrong", null, null, out challenge));
            Assert.AreEqual("Bearer realm=\"Viper.Nano\", error=\"invalid_token\"", challenge);
        }

        [TestMethod]
        public static void ApiKeyMissingIs401AndWrongIs403()
        {
            string challenge;
            Assert.AreEqual(0, Authenticator.CheckApiKey(Creds(), "k-123", null, "X-API-Key", out challenge));
            Assert.AreEqual(0, Authenticator.CheckApiKey(Creds(), null, "k-123", "X-API-Key", out challenge));
            Assert.AreEqual(401, Authenticator.CheckApiKey(Creds(), null, null, "X-API-Key", out challenge));
            Assert.AreEqual(403, Authenticator.CheckApiKey(Creds(), "k-124", null, "X-API-Key", out challenge));
        }

        [TestMethod]
        public static void ConstantTimeEqualsIsPlainEqualityInResult()
        {
            Assert.IsTrue(ConstantTime.Equals("secret", "secret"));
            Assert.IsFalse(ConstantTime.Equals("secret", "secreT"));
            Assert.IsFalse(ConstantTime.Equals("secret", "secret1"));
            Assert.IsFalse(ConstantTime.Equals("secret", ""));
            Assert.IsFalse(ConstantTime.Equals("", "x"));
            Assert.IsTrue(ConstantTime.Equals("", ""));
            Assert.IsFalse(ConstantTime.Equals(null, "x"));
        }

        [TestMethod]
        public static void CredentialsLoadFromTextAndNeverPrintSecrets()
        {
            var c = new Credentials();
            Assert.AreEqual(3, c.Load("# board secrets\nbasic=admin:pa:ss\r\nbearer=tok\n\napikey = key1\n"));
            Assert.IsTrue(c.CheckUser("admin", "pa:ss"));
            Assert.IsTrue(c.CheckToken("tok"));
            Assert.IsTrue(c.CheckApiKey("key1"));
            Assert.AreEqual("Credentials(1 users, 1 tokens, 1 API keys)", c.ToString());
            Assert.ThrowsException(typeof(System.ArgumentException), () => c.Load("basic admin"));
        }

        [TestMethod]
        public static void CorsOriginLists()
        {
            Assert.IsTrue(Cors.IsAllowed("*", "http://a"));
            Assert.IsTrue(Cors.IsAllowed("http://a, http://b:8080", "http://b:8080"));
            Assert.IsFalse(Cors.IsAllowed("http://a", "http://a.evil"));
            Assert.IsFalse(Cors.IsAllowed(null, "http://a"));
            Assert.AreEqual("http://a", Cors.AllowOriginValue("http://a,http://b", "http://a"));
            Assert.AreEqual("*", Cors.AllowOriginValue("*", "http://a"));
            Assert.IsNull(Cors.AllowOriginValue("http://a", "http://c"));
        }
    }
}
