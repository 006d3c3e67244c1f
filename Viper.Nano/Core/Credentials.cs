using System;
using System.Collections;
using Viper.Nano.Crypto;

namespace Viper.Nano
{
    /// <summary>
    /// The secrets the auth attributes check: Basic users, bearer tokens and API keys, set in
    /// code or loaded from configuration text. They are never logged: <see cref="ToString"/>
    /// only counts them.
    /// </summary>
    public class Credentials
    {
        private readonly ArrayList users = new ArrayList();
        private readonly ArrayList passwords = new ArrayList();
        private readonly ArrayList tokens = new ArrayList();
        private readonly ArrayList apiKeys = new ArrayList();

        /// <summary>Adds a Basic user.</summary>
        public void AddUser(string user, string password)
        {
            if (user == null || user.IndexOf(':') >= 0) throw new ArgumentException("A Basic user name cannot hold ':' (RFC 7617 section 2)", "user");
            users.Add(user);
            passwords.Add(password ?? "");
        }

        /// <summary>Adds an accepted bearer token.</summary>
        public void AddBearerToken(string token)
        {
            if (token == null || token.Length == 0) throw new ArgumentException("Empty bearer token", "token");
            tokens.Add(token);
        }

        /// <summary>Adds an accepted API key.</summary>
        public void AddApiKey(string key)
        {
            if (key == null || key.Length == 0) throw new ArgumentException("Empty API key", "key");
            apiKeys.Add(key);
        }

        /// <summary>
        /// Reads lines <c>basic=user:password</c>, <c>bearer=token</c> and <c>apikey=key</c>
        /// (blank lines and lines starting with # are skipped), for example from a file in the
        /// device's internal storage. Returns the number of entries added; a malformed line throws
        /// with its line number but never its content.
        /// </summary>
        public int Load(string text)
        {
            int added = 0;
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                int eq = line.IndexOf('=');
                if (eq <= 0) throw new ArgumentException("Credentials line " + (i + 1) + " has no '='");
                string kind = line.Substring(0, eq).Trim().ToLower();
                string value = line.Substring(eq + 1).Trim();
                if (kind == "basic")
                {
                    int colon = value.IndexOf(':');
                    if (colon <= 0) throw new ArgumentException("Credentials line " + (i + 1) + ": basic needs user:password");
                    AddUser(value.Substring(0, colon), value.Substring(colon + 1));
                }
                else if (kind == "bearer") AddBearerToken(value);
                else if (kind == "apikey") AddApiKey(value);
                else throw new ArgumentException("Credentials line " + (i + 1) + ": unknown kind");
                added++;
            }

            return added;
        }

        /// <summary>True when the user and password match one entry (every entry is compared).</summary>
        public bool CheckUser(string user, string password)
        {
            bool ok = false;
            for (int i = 0; i < users.Count; i++)
            {
                bool u = ConstantTime.Equals((string)users[i], user);
                bool p = ConstantTime.Equals((string)passwords[i], password);
                ok |= u & p;
            }

            return ok;
        }

        /// <summary>True when the token is one of the bearer tokens.</summary>
        public bool CheckToken(string token) => AnyEquals(tokens, token);

        /// <summary>True when the key is one of the API keys.</summary>
        public bool CheckApiKey(string key) => AnyEquals(apiKeys, key);

        /// <summary>Counts only: secrets never reach a log.</summary>
        public override string ToString()
        {
            return "Credentials(" + users.Count + " users, " + tokens.Count + " tokens, " + apiKeys.Count + " API keys)";
        }

        private static bool AnyEquals(ArrayList list, string presented)
        {
            bool ok = false;
            for (int i = 0; i < list.Count; i++) ok |= ConstantTime.Equals((string)list[i], presented);
            return ok;
        }
    }
}
