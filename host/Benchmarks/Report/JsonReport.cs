using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Viper.Nano.Benchmarks.Report
{
    /// <summary>
    /// Writes the summary in exactly the shape:
    /// {"allocatedBytesPerOp": {...}, "throughputRatio": {...}, "bytesPerConnection": n},
    /// with null for what could not be measured (the table says why).
    /// </summary>
    public static class JsonReport
    {
        /// <summary>Writes the summary of <paramref name="results"/> to <paramref name="path"/>.</summary>
        public static void Write(RunResults results, string path)
        {
            Summary s = Summary.From(results);
            string dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            using FileStream file = File.Create(path);
            using var w = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
            w.WriteStartObject();
            WriteGroup(w, "allocatedBytesPerOp", s.AllocatedBytesPerOp, 2);
            WriteGroup(w, "throughputRatio", s.ThroughputRatio, 3);
            WriteValue(w, s.BytesPerConnection, 0);
            w.WriteEndObject();
        }

        private static void WriteGroup(Utf8JsonWriter w, string name, List<Figure> figures, int decimals)
        {
            w.WriteStartObject(name);
            foreach (Figure f in figures) WriteValue(w, f, decimals);
            w.WriteEndObject();
        }

        private static void WriteValue(Utf8JsonWriter w, Figure f, int decimals)
        {
            if (!f.Value.HasValue)
            {
                w.WriteNull(f.Key);
                return;
            }

            double v = Math.Round(f.Value.Value, decimals);
            if (v == Math.Floor(v) && Math.Abs(v) < 1e15) w.WriteNumber(f.Key, (long)v);
            else w.WriteNumber(f.Key, v);
        }
    }
}
