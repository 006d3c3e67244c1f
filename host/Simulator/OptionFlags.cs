using System;
using System.IO;
using System.Reflection;
using System.Text;
using Viper.Nano.Server;

namespace Viper.Nano.Simulator
{
    /// <summary>
    /// Every public int, bool, string and string[] field of <see cref="ServerOptions"/> as a
    /// command-line flag, read from the type itself: MaxConnections is --max-connections, and a
    /// field added to ServerOptions is a flag without any change here. A few common limits also
    /// have the short names load tools' users expect (--max-message, --per-address, ...).
    /// </summary>
    public static class OptionFlags
    {
        /// <summary>Short names: flag, then the field it sets.</summary>
        public static readonly string[,] Aliases =
        {
            { "--max-message", nameof(ServerOptions.MaxMessageSize) },
            { "--per-address", nameof(ServerOptions.MaxConnectionsPerAddress) },
            { "--rate", nameof(ServerOptions.RatePerSecond) },
            { "--burst", nameof(ServerOptions.RateBurst) },
            { "--receive-buffer", nameof(ServerOptions.ReceiveBufferSize) },
            { "--send-buffer", nameof(ServerOptions.SendBufferSize) },
            { "--max-body", nameof(ServerOptions.MaxBodySize) },
            { "--max-broadcast", nameof(ServerOptions.MaxBroadcastSize) },
        };

        /// <summary>The fields that have a flag, in declaration order.</summary>
        public static FieldInfo[] Fields()
        {
            FieldInfo[] all = typeof(ServerOptions).GetFields(BindingFlags.Public | BindingFlags.Instance);
            return Array.FindAll(all, f => f.FieldType == typeof(int) || f.FieldType == typeof(bool)
                || f.FieldType == typeof(string) || f.FieldType == typeof(string[]));
        }

        /// <summary>MaxConnectionsPerAddress becomes --max-connections-per-address.</summary>
        public static string FlagOf(FieldInfo field)
        {
            var flag = new StringBuilder("-");
            foreach (char c in field.Name)
            {
                if (char.IsUpper(c)) flag.Append('-').Append(char.ToLowerInvariant(c));
                else flag.Append(c);
            }

            return flag.ToString();
        }

        /// <summary>The field <paramref name="flag"/> sets (its own name or an alias), or null.</summary>
        public static FieldInfo Find(string flag)
        {
            for (int i = 0; i < Aliases.GetLength(0); i++)
            {
                if (Aliases[i, 0] == flag) return typeof(ServerOptions).GetField(Aliases[i, 1]);
            }

            return Array.Find(Fields(), f => FlagOf(f) == flag);
        }

        /// <summary>Sets <paramref name="field"/> from its text; false (and why) when the text does not fit its type.</summary>
        public static bool TrySet(ServerOptions options, FieldInfo field, string text, out string error)
        {
            error = null;
            if (field.FieldType == typeof(int))
            {
                if (!int.TryParse(text, out int n)) { error = "a whole number"; return false; }
                field.SetValue(options, n);
            }
            else if (field.FieldType == typeof(bool))
            {
                if (!bool.TryParse(text, out bool b)) { error = "true or false"; return false; }
                field.SetValue(options, b);
            }
            else if (field.FieldType == typeof(string[]))
            {
                field.SetValue(options, text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else
            {
                field.SetValue(options, text);
            }

            return true;
        }

        /// <summary>Writes every flag with its alias and the device default.</summary>
        public static void WriteHelp(TextWriter w)
        {
            var defaults = new ServerOptions();
            foreach (FieldInfo field in Fields())
            {
                string alias = null;
                for (int i = 0; i < Aliases.GetLength(0); i++)
                {
                    if (Aliases[i, 1] == field.Name) alias = Aliases[i, 0];
                }

                string names = FlagOf(field) + (alias != null ? ", " + alias : "");
                string value = field.Name == nameof(ServerOptions.Port) ? "8080; 80 on the device" : Show(field.GetValue(defaults));
                w.WriteLine("  {0,-50} {1} (default {2})", names + " " + Placeholder(field), field.Name, value);
            }
        }

        private static string Placeholder(FieldInfo field) =>
            field.FieldType == typeof(int) ? "N" : field.FieldType == typeof(bool) ? "true|false" : field.FieldType == typeof(string[]) ? "A,B" : "TEXT";

        private static string Show(object value) => value switch
        {
            null => "none",
            bool b => b ? "true" : "false",
            string[] list => string.Join(",", list),
            _ => value.ToString(),
        };
    }
}
